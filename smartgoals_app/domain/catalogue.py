"""The catalogue of metrics per network, each marked outcome or vanity.

Outcome metrics come first in every list: the method (METHOD.md section 2) wants
people to measure what the business wants its audience to *do*.
"""

from __future__ import annotations

from dataclasses import dataclass

from smartgoals_app.domain.enums import Direction, MetricKind

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
        "X: More (...) > Analytics, or analytics.x.com; Premium shows 'Engagements' per post.",
    ),
    Network(
        "facebook",
        "Facebook",
        "Meta Business Suite > Insights > Results, or the Page's 'Professional dashboard'.",
    ),
    Network(
        "instagram",
        "Instagram",
        "Instagram app > Professional dashboard > Account insights, or Meta Business Suite > Insights.",
    ),
    Network("linkedin", "LinkedIn", "Your Page > Analytics (Visitors, Followers, Content, Leads)."),
    Network("tiktok", "TikTok", "TikTok Studio > Analytics, or Business Suite > Analytics on the web."),
    Network("youtube", "YouTube", "YouTube Studio > Analytics > Overview / Audience / Reach."),
    Network("pinterest", "Pinterest", "Pinterest Business hub > Analytics > Overview."),
    Network(
        ALL_NETWORKS,
        "Website / all networks",
        "Your website analytics (e.g. Google Analytics > Acquisition > Social), "
        "your shop or newsletter tool.",
    ),
)

_M, _L = Direction.MORE, Direction.LESS
_O, _V = MetricKind.OUTCOME, MetricKind.VANITY

# Metrics every network has; per-network extras are appended below.
_COMMON: tuple[Metric, ...] = (
    Metric(
        "response_time",
        "Response time to messages",
        "minutes",
        _L,
        _O,
        "Median minutes to answer a question or complaint, inside business hours.",
    ),
    Metric(
        "messages_answered_in_time",
        "Messages answered in time",
        "% of messages",
        _M,
        _O,
        "Share of questions and complaints answered within your promised time.",
    ),
    Metric(
        "referral_visits",
        "Visits to your website from this network",
        "visits",
        _M,
        _O,
        "Sessions on your site that came from this network (website analytics).",
    ),
    Metric(
        "newsletter_signups",
        "Newsletter sign-ups",
        "sign-ups",
        _M,
        _O,
        "New subscribers who came from this network.",
    ),
    Metric(
        "leads",
        "Leads",
        "leads",
        _M,
        _O,
        "Enquiries, quote requests or booked calls that came from this network.",
    ),
    Metric("sales", "Sales", "sales", _M, _O, "Orders or bookings attributed to this network."),
    Metric("link_clicks", "Link clicks", "clicks", _M, _O, "Clicks on links you posted."),
    Metric("followers", "Followers", "followers", _M, _V, "People following the account."),
    Metric("likes", "Likes / reactions", "likes", _M, _V, "Likes or reactions on your posts."),
    Metric(
        "impressions", "Impressions / reach", "impressions", _M, _V, "How many times your posts were shown."
    ),
)

_EXTRA: dict[str, tuple[Metric, ...]] = {
    "x": (Metric("reposts", "Reposts", "reposts", _M, _V, "Times your posts were reposted."),),
    "facebook": (
        Metric(
            "event_responses",
            "Event responses",
            "responses",
            _M,
            _O,
            "People who answered 'going' to your events.",
        ),
    ),
    "instagram": (Metric("profile_visits", "Profile visits", "visits", _M, _V, "Visits to your profile."),),
    "linkedin": (
        Metric(
            "lead_form_submissions",
            "Lead form submissions",
            "leads",
            _M,
            _O,
            "Lead Gen Form submissions on LinkedIn.",
        ),
    ),
    "tiktok": (Metric("video_views", "Video views", "views", _M, _V, "Views of your videos."),),
    "youtube": (
        Metric("watch_time", "Watch time", "hours", _M, _O, "Hours your videos were watched."),
        Metric("subscribers", "Subscribers", "subscribers", _M, _V, "Channel subscribers."),
    ),
    "pinterest": (
        Metric(
            "outbound_clicks", "Outbound clicks", "clicks", _M, _O, "Clicks from your Pins to your website."
        ),
        Metric("saves", "Saves", "saves", _M, _V, "Times your Pins were saved."),
    ),
    ALL_NETWORKS: (
        Metric("downloads", "Downloads", "downloads", _M, _O, "Downloads of your app, guide or e-book."),
        Metric(
            "complaints_open",
            "Complaints still open",
            "complaints",
            _L,
            _O,
            "Complaints not yet answered at the end of the day.",
        ),
        Metric(
            "sentiment", "Positive mentions", "% positive", _M, _O, "Share of mentions that are positive."
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
