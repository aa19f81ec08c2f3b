"""The catalogue of metrics per network, each marked outcome or vanity.

Outcome metrics come first in every list: the method wants
people to measure what the business wants its audience to *do*.
"""

from __future__ import annotations

from dataclasses import dataclass

from smartgoals_app.domain.enums import Direction, MetricKind
from smartgoals_app.domain.text import translate

ALL_NETWORKS = "all"


@dataclass(frozen=True, slots=True)
class Network:
    key: str
    name: str
    analytics_hint: str


@dataclass(frozen=True, slots=True)
class Metric:
    key: str
    name: str
    unit: str
    direction: Direction
    kind: MetricKind
    description: str

    @property
    def is_vanity(self) -> bool:
        return self.kind is MetricKind.VANITY


NETWORKS: tuple[Network, ...] = (
    Network(
        "x",
        "X / Twitter",
        translate(
            "Catalogue",
            "X: More (...) > Analytics, or analytics.x.com; Premium shows 'Engagements' per post.",
        ),
    ),
    Network(
        "facebook",
        "Facebook",
        translate(
            "Catalogue", "Meta Business Suite > Insights > Results, or the Page's 'Professional dashboard'."
        ),
    ),
    Network(
        "instagram",
        "Instagram",
        translate(
            "Catalogue",
            "Instagram app > Professional dashboard > Account insights, or Meta Business Suite > Insights.",
        ),
    ),
    Network(
        "linkedin",
        "LinkedIn",
        translate("Catalogue", "Your Page > Analytics (Visitors, Followers, Content, Leads)."),
    ),
    Network(
        "tiktok",
        "TikTok",
        translate("Catalogue", "TikTok Studio > Analytics, or Business Suite > Analytics on the web."),
    ),
    Network(
        "youtube",
        "YouTube",
        translate("Catalogue", "YouTube Studio > Analytics > Overview / Audience / Reach."),
    ),
    Network(
        "pinterest", "Pinterest", translate("Catalogue", "Pinterest Business hub > Analytics > Overview.")
    ),
    Network(
        ALL_NETWORKS,
        translate("Catalogue", "Website / all networks"),
        translate(
            "Catalogue",
            "Your website analytics (e.g. Google Analytics > Acquisition > Social), "
            "your shop or newsletter tool.",
        ),
    ),
)

_M, _L = Direction.MORE, Direction.LESS
_O, _V = MetricKind.OUTCOME, MetricKind.VANITY

# Metrics every network has; per-network extras are appended below.
_COMMON: tuple[Metric, ...] = (
    Metric(
        "response_time",
        translate("Catalogue", "Response time to messages"),
        translate("Catalogue", "minutes"),
        _L,
        _O,
        translate("Catalogue", "Median minutes to answer a question or complaint, inside business hours."),
    ),
    Metric(
        "messages_answered_in_time",
        translate("Catalogue", "Messages answered in time"),
        translate("Catalogue", "% of messages"),
        _M,
        _O,
        translate("Catalogue", "Share of questions and complaints answered within your promised time."),
    ),
    Metric(
        "referral_visits",
        translate("Catalogue", "Visits to your website from this network"),
        translate("Catalogue", "visits"),
        _M,
        _O,
        translate("Catalogue", "Sessions on your site that came from this network (website analytics)."),
    ),
    Metric(
        "newsletter_signups",
        translate("Catalogue", "Newsletter sign-ups"),
        translate("Catalogue", "sign-ups"),
        _M,
        _O,
        translate("Catalogue", "New subscribers who came from this network."),
    ),
    Metric(
        "leads",
        translate("Catalogue", "Leads"),
        translate("Catalogue", "leads"),
        _M,
        _O,
        translate("Catalogue", "Enquiries, quote requests or booked calls that came from this network."),
    ),
    Metric(
        "sales",
        translate("Catalogue", "Sales"),
        translate("Catalogue", "sales"),
        _M,
        _O,
        translate("Catalogue", "Orders or bookings attributed to this network."),
    ),
    Metric(
        "link_clicks",
        translate("Catalogue", "Link clicks"),
        translate("Catalogue", "clicks"),
        _M,
        _O,
        translate("Catalogue", "Clicks on links you posted."),
    ),
    Metric(
        "followers",
        translate("Catalogue", "Followers"),
        translate("Catalogue", "followers"),
        _M,
        _V,
        translate("Catalogue", "People following the account."),
    ),
    Metric(
        "likes",
        translate("Catalogue", "Likes / reactions"),
        translate("Catalogue", "likes"),
        _M,
        _V,
        translate("Catalogue", "Likes or reactions on your posts."),
    ),
    Metric(
        "impressions",
        translate("Catalogue", "Impressions / reach"),
        translate("Catalogue", "impressions"),
        _M,
        _V,
        translate("Catalogue", "How many times your posts were shown."),
    ),
)

_EXTRA: dict[str, tuple[Metric, ...]] = {
    "x": (
        Metric(
            "reposts",
            translate("Catalogue", "Reposts"),
            translate("Catalogue", "reposts"),
            _M,
            _V,
            translate("Catalogue", "Times your posts were reposted."),
        ),
    ),
    "facebook": (
        Metric(
            "event_responses",
            translate("Catalogue", "Event responses"),
            translate("Catalogue", "responses"),
            _M,
            _O,
            translate("Catalogue", "People who answered 'going' to your events."),
        ),
    ),
    "instagram": (
        Metric(
            "profile_visits",
            translate("Catalogue", "Profile visits"),
            translate("Catalogue", "visits"),
            _M,
            _V,
            translate("Catalogue", "Visits to your profile."),
        ),
    ),
    "linkedin": (
        Metric(
            "lead_form_submissions",
            translate("Catalogue", "Lead form submissions"),
            translate("Catalogue", "leads"),
            _M,
            _O,
            translate("Catalogue", "Lead Gen Form submissions on LinkedIn."),
        ),
    ),
    "tiktok": (
        Metric(
            "video_views",
            translate("Catalogue", "Video views"),
            translate("Catalogue", "views"),
            _M,
            _V,
            translate("Catalogue", "Views of your videos."),
        ),
    ),
    "youtube": (
        Metric(
            "watch_time",
            translate("Catalogue", "Watch time"),
            translate("Catalogue", "hours"),
            _M,
            _O,
            translate("Catalogue", "Hours your videos were watched."),
        ),
        Metric(
            "subscribers",
            translate("Catalogue", "Subscribers"),
            translate("Catalogue", "subscribers"),
            _M,
            _V,
            translate("Catalogue", "Channel subscribers."),
        ),
    ),
    "pinterest": (
        Metric(
            "outbound_clicks",
            translate("Catalogue", "Outbound clicks"),
            translate("Catalogue", "clicks"),
            _M,
            _O,
            translate("Catalogue", "Clicks from your Pins to your website."),
        ),
        Metric(
            "saves",
            translate("Catalogue", "Saves"),
            translate("Catalogue", "saves"),
            _M,
            _V,
            translate("Catalogue", "Times your Pins were saved."),
        ),
    ),
    ALL_NETWORKS: (
        Metric(
            "downloads",
            translate("Catalogue", "Downloads"),
            translate("Catalogue", "downloads"),
            _M,
            _O,
            translate("Catalogue", "Downloads of your app, guide or e-book."),
        ),
        Metric(
            "complaints_open",
            translate("Catalogue", "Complaints still open"),
            translate("Catalogue", "complaints"),
            _L,
            _O,
            translate("Catalogue", "Complaints not yet answered at the end of the day."),
        ),
        Metric(
            "sentiment",
            translate("Catalogue", "Positive mentions"),
            translate("Catalogue", "% positive"),
            _M,
            _O,
            translate("Catalogue", "Share of mentions that are positive."),
        ),
    ),
}

CUSTOM_METRIC_KEY = "custom"


def network(key: str) -> Network:
    for item in NETWORKS:
        if item.key == key:
            return item
    raise KeyError(f"Unknown network {key!r}")


def network_name(key: str) -> str:
    try:
        return network(key).name
    except KeyError:
        return key


def metrics_for(network_key: str) -> tuple[Metric, ...]:
    """Metrics offered for a network, outcome metrics first, then vanity ones."""
    network(network_key)  # raises on an unknown network
    merged = _COMMON + _EXTRA.get(network_key, ())
    return tuple(sorted(merged, key=lambda m: m.kind is MetricKind.VANITY))


def find_metric(network_key: str, metric_key: str) -> Metric | None:
    for item in metrics_for(network_key):
        if item.key == metric_key:
            return item
    return None
