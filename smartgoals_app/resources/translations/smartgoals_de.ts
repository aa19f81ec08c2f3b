<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="39"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>&lt;p style=&apos;margin-top:2px&apos;&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:2px&apos;&gt;Version {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="52"/>
        <source>Set social media goals that mean something, and reach them.</source>
        <translation>Social-Media-Ziele setzen, die etwas bedeuten, und sie erreichen.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="56"/>
        <source>Free software under the {licence} licence.</source>
        <translation>Freie Software unter der {licence}-Lizenz.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="60"/>
        <source>&lt;b&gt;Your data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Daten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="65"/>
        <source>One SQLite file on this computer; backups are kept beside it.</source>
        <translation>Eine SQLite-Datei auf diesem Computer; Sicherungen liegen daneben.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="67"/>
        <source>Settings: {path}</source>
        <translation>Einstellungen: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="74"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="84"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>Adherence</name>
    <message>
        <location filename="../../domain/adherence.py" line="49"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/adherence.py" line="50"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherencePanel</name>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="17"/>
        <source>Share of the plan&apos;s occurrences ticked done. Skips count as not done; today&apos;s open tasks are not counted yet. The streak is done occurrences in a row (a missed one ends it; a skip does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="27"/>
        <source>nothing due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="28"/>
        <source>{percent} ({done} of {counted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="35"/>
        <source>{count} done in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="37"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="53"/>
        <source>Plan adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="65"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="66"/>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="67"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="86"/>
        <source>No tasks planned for this goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="71"/>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>{reason}

No backup was found next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>{reason}

Restore the newest backup ({backup})? The damaged file is kept beside it with the ending .damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>The backup could not be restored: {reason}

The backup {backup} is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109"/>
        <source>SmartGoals cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>SmartGoals is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>Another SmartGoals window is using {path}. Switch to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../domain/enums.py" line="44"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="45"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="46"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="47"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../io/export_plan.py" line="114"/>
        <source>The plan is empty: there are no active goals or tasks to export. Nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="129"/>
        <source>{target} is a folder; give a file name such as plan.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="135"/>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="156"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="164"/>
        <source>Cannot export the plan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="170"/>
        <source>No SmartGoals database at {path}; nothing exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="189"/>
        <source>Wrote {tasks} task(s) and check-ins of {goals} goal(s) to {path} (times in {zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="83"/>
        <source>Goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="85"/>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="105"/>
        <source>Tick it done or skipped in SmartGoals &gt; Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="116"/>
        <source>Check-in: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="132"/>
        <source>Log this period&apos;s figure in SmartGoals: treading water, drowning or sailing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="167"/>
        <source>SmartGoals plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../domain/catalogue.py" line="42"/>
        <source>X: More (...) &gt; Analytics, or analytics.x.com; Premium shows &apos;Engagements&apos; per post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="50"/>
        <source>Meta Business Suite &gt; Insights &gt; Results, or the Page&apos;s &apos;Professional dashboard&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="57"/>
        <source>Instagram app &gt; Professional dashboard &gt; Account insights, or Meta Business Suite &gt; Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="65"/>
        <source>Your Page &gt; Analytics (Visitors, Followers, Content, Leads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="70"/>
        <source>TikTok Studio &gt; Analytics, or Business Suite &gt; Analytics on the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="75"/>
        <source>YouTube Studio &gt; Analytics &gt; Overview / Audience / Reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="78"/>
        <source>Pinterest Business hub &gt; Analytics &gt; Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="82"/>
        <source>Website / all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="83"/>
        <source>Your website analytics (e.g. Google Analytics &gt; Acquisition &gt; Social), your shop or newsletter tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="98"/>
        <source>Response time to messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="99"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="102"/>
        <source>Median minutes to answer a question or complaint, inside business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="106"/>
        <source>Messages answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="107"/>
        <source>% of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="110"/>
        <source>Share of questions and complaints answered within your promised time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="114"/>
        <source>Visits to your website from this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="115"/>
        <location filename="../../domain/catalogue.py" line="203"/>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="118"/>
        <source>Sessions on your site that came from this network (website analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="122"/>
        <source>Newsletter sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="123"/>
        <source>sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="126"/>
        <source>New subscribers who came from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="130"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="131"/>
        <location filename="../../domain/catalogue.py" line="213"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="134"/>
        <source>Enquiries, quote requests or booked calls that came from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="138"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="139"/>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="142"/>
        <source>Orders or bookings attributed to this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="146"/>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="147"/>
        <location filename="../../domain/catalogue.py" line="251"/>
        <source>clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="150"/>
        <source>Clicks on links you posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="154"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="155"/>
        <source>followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="158"/>
        <source>People following the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="162"/>
        <source>Likes / reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="163"/>
        <source>likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="166"/>
        <source>Likes or reactions on your posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="170"/>
        <source>Impressions / reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="171"/>
        <source>impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="174"/>
        <source>How many times your posts were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="182"/>
        <source>Reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="183"/>
        <source>reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="186"/>
        <source>Times your posts were reposted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="192"/>
        <source>Event responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="193"/>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="196"/>
        <source>People who answered &apos;going&apos; to your events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="202"/>
        <source>Profile visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="206"/>
        <source>Visits to your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="212"/>
        <source>Lead form submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="216"/>
        <source>Lead Gen Form submissions on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="222"/>
        <source>Video views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="223"/>
        <source>views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="226"/>
        <source>Views of your videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="232"/>
        <source>Watch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="233"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="236"/>
        <source>Hours your videos were watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="240"/>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="241"/>
        <source>subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="244"/>
        <source>Channel subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="250"/>
        <source>Outbound clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="254"/>
        <source>Clicks from your Pins to your website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="258"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="259"/>
        <source>saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="262"/>
        <source>Times your Pins were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="268"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="269"/>
        <source>downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="272"/>
        <source>Downloads of your app, guide or e-book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="276"/>
        <source>Complaints still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="277"/>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="280"/>
        <source>Complaints not yet answered at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="284"/>
        <source>Positive mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="285"/>
        <source>% positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="288"/>
        <source>Share of mentions that are positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="118"/>
        <source>benchmark {target} reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="120"/>
        <source>benchmark {target} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="123"/>
        <source>stretch {target} reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="125"/>
        <source>stretch {target} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="127"/>
        <source>Trend: {projected} by the deadline
{benchmark}, {stretch}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../ui/dashboard/export.py" line="15"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="16"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="40"/>
        <source>SmartGoals chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="42"/>
        <source>Progress chart exported from SmartGoals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="59"/>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="76"/>
        <source>Correct a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="76"/>
        <source>Log a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="92"/>
        <source>Type the day you read the figure ({hint} or 15 Nov 2026); Up and Down step a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="100"/>
        <source>for example 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="105"/>
        <source>optional: what happened this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="115"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="117"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="119"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="122"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="129"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="129"/>
        <source>Log check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="145"/>
        <source>in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="158"/>
        <source>{day} is still to come: log a figure you have already read (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <location filename="../../ui/plan/week_view.py" line="193"/>
        <source>{mark} &lt;b&gt;Check-in&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="207"/>
        <source>Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="209"/>
        <source>Log this period&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="212"/>
        <source>Check-in for “{goal}”, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../io/csv_import.py" line="82"/>
        <source>row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="112"/>
        <source>The file {name} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="116"/>
        <source>SmartGoals cannot open {name}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="122"/>
        <source>{name} is {size:.1f} MB; SmartGoals reads files up to {limit} MB. Export a shorter period, or only the date and value columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="132"/>
        <source>SmartGoals cannot read {name}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="141"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="144"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="166"/>
        <source>The first row holds figures, not column names: it is imported too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="170"/>
        <source>{name} has a header row but no rows of figures under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="176"/>
        <source>{name} has {rows:,} rows; SmartGoals imports up to {limit:,} at a time. Export a shorter period, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="184"/>
        <source>{name} has only one column. The import needs a date column and a value column, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="194"/>
        <source>{name} is empty: there are no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="199"/>
        <source>Column {letters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="205"/>
        <source>{name} is an Excel workbook or another zipped file, not a CSV file. In your spreadsheet, save or export it as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="215"/>
        <source>{name} is not a text file; choose the CSV export of your analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="232"/>
        <source>The file says it is UTF-16 text but is damaged; export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="245"/>
        <source>The file is not UTF-8; it was read as {encoding} (Western European). If accented letters look wrong, export it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="281"/>
        <source>{name} has more than {limit:,} rows; SmartGoals imports up to {limit:,} at a time. Export a shorter period, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="290"/>
        <source>{name} cannot be read as CSV near row {row}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="349"/>
        <source>date {date} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="357"/>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="364"/>
        <source>date {date} reads as day/month, but this column is month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="370"/>
        <source>date {date} reads as month/day, but this column is day/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="383"/>
        <source>“{text}” is not a date I can read (use 2026-11-22, 22/11/2026, 11/22/2026, 22 Nov 2026 or Nov 22, 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="425"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="434"/>
        <source>“{text}” is not an ordinary number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="435"/>
        <source>“{text}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="437"/>
        <source>“{text}” is negative; figures cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="440"/>
        <source>“{text}” is too large (the most is {most:,.0f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="466"/>
        <source>Choose a date column and a value column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="473"/>
        <source>The date and the value must come from two different columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="485"/>
        <source>The dates in “{column}” could be day/month (22/11/2026) or month/day (11/22/2026). Choose the date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="494"/>
        <source>Dates are read day first (22/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="496"/>
        <source>Dates are read month first (11/22/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="508"/>
        <source>the row has no “{column}” cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="515"/>
        <source>the date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="521"/>
        <source>date {date} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="529"/>
        <source>the value cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="537"/>
        <source>same date as row {row}, the later row is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="549"/>
        <source>The one row cannot be imported from these columns; the reason is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../io/csv_import.py" line="551"/>
        <source>None of the {rows:,} rows can be imported from these columns; the reasons are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="31"/>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="32"/>
        <source>Active (still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="33"/>
        <source>Achieved (a target reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="34"/>
        <source>Overdue (deadline or check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="67"/>
        <source>deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="69"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="77"/>
        <source>{target} ({percent} there), deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="79"/>
        <source>{target} ({percent} there), reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="80"/>
        <source>{target} ({percent} there), needs {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="89"/>
        <source>{day} (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="98"/>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="108"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="109"/>
        <source>{value}, read {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="114"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="117"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="119"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="120"/>
        <source>Time used: {time} · Way to benchmark: {benchmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="125"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="129"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="133"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="134"/>
        <source>{days}, to {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="138"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="150"/>
        <source>★ Well done! Stretch target reached: {target}. Time to review: keep the goal as it is, or raise the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="155"/>
        <source>★ Well done! Benchmark reached: {target}. Time to review: keep the goal as it is, or raise the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="164"/>
        <source>A daily check-in is due (since {day}): read {metric} and log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="165"/>
        <source>A weekly check-in is due (since {day}): read {metric} and log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="168"/>
        <source>A monthly check-in is due (since {day}): read {metric} and log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="171"/>
        <source>A quarterly check-in is due (since {day}): read {metric} and log it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../storage/database.py" line="103"/>
        <source>SmartGoals could not save this because it conflicts with what is already stored ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="130"/>
        <source>SmartGoals cannot save: the file {path} is read-only. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="134"/>
        <source>The database is busy (another SmartGoals may be saving). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="138"/>
        <source>Saving failed: the disk is full or failing. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="141"/>
        <source>Saving to {path} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="204"/>
        <source>SmartGoals cannot open {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="213"/>
        <source>{path} is not a SmartGoals database; SmartGoals left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="220"/>
        <source>The database {path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="229"/>
        <source>The database {path} is damaged or is not a database ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="248"/>
        <source>SmartGoals cannot create the folder {folder}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="256"/>
        <source>{path} was saved by a newer version of SmartGoals. Install the newer version to open it; this file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="264"/>
        <source>The database {path} is read-only. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../domain/dates.py" line="19"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="43"/>
        <source>Enter a date, for example 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="56"/>
        <source>“{typed}” is not a date. Type it as year-month-day, for example 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="98"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="110"/>
        <source>There is no month {month}: months go from 01 to 12, for example 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="114"/>
        <source>There is no day {day}: days start at 01, for example 2027-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="121"/>
        <source>{month} {year} has no day {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="138"/>
        <source>Enter a time, for example 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="147"/>
        <source>“{typed}” is not a time. Use the 24-hour clock, for example 09:30 or 17:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../ui/plan/week_view.py" line="235"/>
        <source>{weekday} &lt;b&gt;{day}&lt;/b&gt; · today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>&amp;Keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../domain/enums.py" line="23"/>
        <source>More is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="24"/>
        <source>Less is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="28"/>
        <source>{amount} more each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="29"/>
        <source>{amount} less each week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="53"/>
        <source>SMART: {letters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="59"/>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="119"/>
        <source>Log check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="143"/>
        <source>&amp;Raise the target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="180"/>
        <source>&amp;Chart and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="181"/>
        <source>&amp;Measurements table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="202"/>
        <source>&lt;i&gt;not written yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="203"/>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="32"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="33"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="34"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="35"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="37"/>
        <source>To benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="38"/>
        <source>To stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="39"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="98"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="105"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="148"/>
        <source>(no strategy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="151"/>
        <source>Strategy: {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="160"/>
        <source>Archived · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="175"/>
        <source>{title} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="277"/>
        <source>{shown} of {total} goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalService</name>
    <message>
        <location filename="../../services/goals.py" line="63"/>
        <source>That strategy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/goals.py" line="71"/>
        <source>This goal was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="72"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="74"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="146"/>
        <source>The goal cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="166"/>
        <source>Keep this goal for later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="167"/>
        <source>Keep the draft to carry on next time, or discard what you typed (the saved goal stays as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="173"/>
        <source>Keep the draft to carry on next time, or discard what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/about.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="59"/>
        <source>Import past figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="60"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="78"/>
        <source>Import past figures — {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="88"/>
        <source>Read the past figures of &lt;b&gt;{goal}&lt;/b&gt; ({unit}) from an analytics export saved as CSV: one column of dates, one of values. They show the trend so far next to your check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="98"/>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="99"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="100"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="102"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="118"/>
        <source>Value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="121"/>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="122"/>
        <source>Decide from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="123"/>
        <source>Day first (22/11/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="124"/>
        <source>Month first (11/22/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="130"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>Rows at fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="145"/>
        <source>&amp;Replace figures already logged on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="147"/>
        <source>Replace figures already logged on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="150"/>
        <source>On: an imported figure takes the place of any check-in of this goal on that day. Off: days that already have a figure are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="158"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="302"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="171"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="172"/>
        <source>&amp;Date column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="173"/>
        <source>&amp;Value column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="174"/>
        <source>Date &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="180"/>
        <source>First ro&amp;ws of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="183"/>
        <source>Rows at fa&amp;ult (left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="278"/>
        <source>… and {count:,} more rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="298"/>
        <source>&amp;Import 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="300"/>
        <source>&amp;Import {count:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="325"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="329"/>
        <source>Nothing was imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="361"/>
        <source>1 row ready to import, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="363"/>
        <source>{count:,} rows ready to import, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="370"/>
        <source>1 row at fault is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="373"/>
        <source>{count:,} rows at fault are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="379"/>
        <source>1 row repeats an earlier date; the later row is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="385"/>
        <source>{count:,} rows repeat an earlier date; the later row is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&lt;h2&gt;No goals yet&lt;/h2&gt;&lt;p&gt;A goal turns posting into progress you can see. Start with your strategy, then set one SMART goal with a benchmark and a stretch target.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&lt;p&gt;The wizard walks you through it in a few minutes (Ctrl+N).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Set up your first goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>You have an unfinished goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Open the wizard where you left the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>{tip} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Set up a new SMART goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Change the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Log check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Record this period&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Import past figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Read the chosen goal&apos;s past figures from an analytics export (CSV) to show the trend so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Archive goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Set the chosen goal aside; it stays under All goals and can be unarchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Delete the chosen goal with its measurements and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Un&amp;archive goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Archived “{title}”: it stays under All goals (Goal ▸ Unarchive brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>“{title}” is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Delete the goal “{title}”?

Its {measurements} and {tasks} are deleted with it. This cannot be undone; Archive sets a goal aside instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Deleted {value} of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Could not export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Chart saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>1 measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>{n} measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>{n} tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementService</name>
    <message>
        <location filename="../../services/measurements.py" line="22"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="26"/>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="44"/>
        <source>A check-in cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="137"/>
        <source>Row {row} ({day}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="30"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="92"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="106"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="108"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="114"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="119"/>
        <source>Delete measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="122"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="128"/>
        <source>Delete the chosen measurement (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="129"/>
        <source>Bring the deleted measurement back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/plan/month_view.py" line="107"/>
        <source>{mark} Check-in: {goal} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="115"/>
        <source>{count} goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="117"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="148"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="151"/>
        <source>{date} (click to open its week)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../domain/dates.py" line="65"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="66"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="67"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="68"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="69"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="70"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="71"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="72"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="73"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="74"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="75"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="76"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthsShort</name>
    <message>
        <location filename="../../domain/dates.py" line="80"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="81"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="82"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="83"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="84"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="85"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="86"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="87"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="88"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="89"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="90"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="91"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <location filename="../../ui/plan/week_view.py" line="141"/>
        <source>Goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="145"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="157"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="157"/>
        <source>Tick it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="160"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="160"/>
        <source>Skip this time, with an optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="164"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="164"/>
        <source>Untick: back to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItem</name>
    <message>
        <location filename="../../ui/plan/items.py" line="50"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="51"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="52"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="53"/>
        <source>To do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="54"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="56"/>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="57"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="63"/>
        <location filename="../../ui/plan/items.py" line="75"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="64"/>
        <location filename="../../ui/plan/items.py" line="76"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="65"/>
        <location filename="../../ui/plan/items.py" line="77"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="66"/>
        <source>to do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="67"/>
        <location filename="../../ui/plan/items.py" line="79"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="68"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="69"/>
        <location filename="../../ui/plan/items.py" line="81"/>
        <source>logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="70"/>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="78"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="80"/>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="82"/>
        <source>check-in missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanMenu</name>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/wizard/plan.py" line="46"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="47"/>
        <source>Every weekday (Mon to Fri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="48"/>
        <source>Weekly, on the days ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="49"/>
        <source>Every other week, on the days ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="50"/>
        <source>Monthly, on the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="57"/>
        <source>Break the goal into recurring work on your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="59"/>
        <source>Break the goal into recurring work on your calendar; one task is suggested to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="63"/>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="64"/>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="65"/>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="66"/>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="67"/>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="70"/>
        <source>Break the goal into recurring work on your calendar; {count} tasks are suggested to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="97"/>
        <source>A plan of scheduled tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="106"/>
        <source>&amp;Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="108"/>
        <source>R&amp;emove this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="114"/>
        <source>Ta&amp;sks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="119"/>
        <source>Task t&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="138"/>
        <source>&amp;Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="146"/>
        <source>Starts a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="152"/>
        <source>&amp;Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="163"/>
        <source>Check-in &amp;cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="166"/>
        <source>How often you read the figure again, to adjust the plan on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="171"/>
        <location filename="../../ui/wizard/plan.py" line="179"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="174"/>
        <source>Budget per &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="182"/>
        <source>&amp;Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="185"/>
        <source>The tools may be free; the time and money are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="227"/>
        <source>repeat not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="228"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="229"/>
        <source>{title}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="354"/>
        <source>Give the length in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="370"/>
        <source>A week has 168 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="378"/>
        <source>Task {number}: Tick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="383"/>
        <source>Add at least one task: a goal alone changes nothing, the work you schedule does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <location filename="../../services/plan.py" line="209"/>
        <source>Say from which day the task starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="213"/>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/plan/week_view.py" line="66"/>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="68"/>
        <source>Skip “{title}”.
Why? (optional, helps at the review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="87"/>
        <location filename="../../ui/plan/week_view.py" line="762"/>
        <location filename="../../ui/plan/week_view.py" line="766"/>
        <source>Export plan to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="89"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="350"/>
        <source>Previous week (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="351"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="355"/>
        <source>Next week (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="367"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="368"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="374"/>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="376"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="379"/>
        <source>Export plan to calendar (.ics): import it in Google, Outlook, Apple or Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="403"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="427"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="428"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="429"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="430"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="431"/>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="432"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="445"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="447"/>
        <location filename="../../ui/plan/week_view.py" line="688"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="449"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="452"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt; and how much of each was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="557"/>
        <source>Week of {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="567"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="602"/>
        <source>paused · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="604"/>
        <source>ended · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="648"/>
        <location filename="../../ui/plan/week_view.py" line="662"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="688"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="695"/>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="696"/>
        <source>Create a goal first: every task in the plan serves a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="705"/>
        <source>Could not add the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="722"/>
        <source>Could not save the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="741"/>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="743"/>
        <source>Delete “{title}” and everything ticked for it?

To stop it for a while and keep its history, choose Pause instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="768"/>
        <source>Saved {tasks} task(s) and the check-ins of {goals} goal(s) to {path} (times in {zone}).

Import the file in your calendar; importing it again later updates the same events instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="798"/>
        <source>Export plan to &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="801"/>
        <source>Write the plan&apos;s tasks and check-ins to a calendar file; importing it again updates them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/week_view.py" line="829"/>
        <source>That task was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="34"/>
        <source>Ahead of the benchmark road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="48"/>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="107"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="111"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="113"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="117"/>
        <source>Benchmark road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="119"/>
        <source>Stretch road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="130"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="133"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="141"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="149"/>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../services/plan.py" line="70"/>
        <source>{task} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="72"/>
        <source>{task} in {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="93"/>
        <source>Check-in due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="94"/>
        <source>Log this period&apos;s figure for “{goal}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/review.py" line="27"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="36"/>
        <source>Review and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="37"/>
        <source>Check everything once more. Finish saves the goal, its strategy and its plan together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="48"/>
        <source>SMART check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="57"/>
        <source>&amp;Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="70"/>
        <source>{days} {opens}-{closes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="82"/>
        <source>{title}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="88"/>
        <source>{metric} (vanity metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="92"/>
        <source>{metric}, in {unit}, less is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="94"/>
        <source>{metric}, in {unit}, more is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="97"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="98"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="100"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="103"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="106"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="110"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="116"/>
        <source>Leads to an outcome by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="120"/>
        <source>Starting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="121"/>
        <source>{value} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="125"/>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="127"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="128"/>
        <source>{start} to {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="132"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="133"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="134"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="135"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="136"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="137"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="138"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="140"/>
        <source>Budget per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="144"/>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../domain/schedule.py" line="21"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="22"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="23"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="24"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="25"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="26"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="27"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="31"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="32"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="33"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="34"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="35"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="36"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="37"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="40"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="41"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="42"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="43"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="44"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="45"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="46"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="47"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="48"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="49"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="50"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="51"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="55"/>
        <source>the first {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="56"/>
        <source>the second {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="57"/>
        <source>the third {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="58"/>
        <source>the fourth {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="59"/>
        <source>the fifth {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="60"/>
        <source>the last {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="61"/>
        <source>the second-to-last {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="62"/>
        <source>the third-to-last {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="63"/>
        <source>the fourth-to-last {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="64"/>
        <source>the fifth-to-last {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="98"/>
        <source>Unknown repeat {repeat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="100"/>
        <source>Repeat every 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="106"/>
        <source>Unknown day {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="126"/>
        <source>Say how often the task repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="132"/>
        <source>“{part}” is not part of a repeat rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="136"/>
        <source>The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="139"/>
        <source>SmartGoals cannot read {part} in a repeat rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="146"/>
        <source>The repeat rule is not valid (end on a date or after a number of times, not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="156"/>
        <source>The repeat rule is not valid ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="194"/>
        <source>{days} and {last_day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="208"/>
        <source>the {number}th {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="218"/>
        <source>Every weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="220"/>
        <location filename="../../domain/schedule.py" line="227"/>
        <source>Every {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="222"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="223"/>
        <source>Every {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="228"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="231"/>
        <source>Every other {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="232"/>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="234"/>
        <source>Every {count} weeks on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="235"/>
        <source>Every {count} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="240"/>
        <source>Monthly on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="242"/>
        <source>Monthly on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="243"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="245"/>
        <source>Every {count} months on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="247"/>
        <source>Every {count} months on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="250"/>
        <source>Every {count} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="252"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="253"/>
        <source>Every {count} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="275"/>
        <source>{repeat}, {start}-{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="279"/>
        <source>{repeat}, {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="282"/>
        <source>{repeat}, until {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="287"/>
        <source>{repeat}, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="289"/>
        <source>{repeat}, {count} times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <location filename="../../domain/smart.py" line="37"/>
        <source>Judged once you set your targets, two pages on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="50"/>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="51"/>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="52"/>
        <source>Attainable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="53"/>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="54"/>
        <source>Timely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="64"/>
        <source>Pick one network and one metric to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="67"/>
        <source>Write the goal in one clear sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="72"/>
        <source>Say exactly how much: put the target number in the wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="77"/>
        <source>One metric ({metric}) on {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="86"/>
        <source>Give the metric a unit, such as sign-ups or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="90"/>
        <source>Record today&apos;s value and the date you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="96"/>
        <source>Say where you will read the figure again (which report or tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="102"/>
        <source>Set a number to aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="106"/>
        <source>Counted in {unit}, read from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="150"/>
        <source>Needs a starting value, a benchmark and the dates to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="156"/>
        <source>The benchmark is not an improvement on where you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="158"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="167"/>
        <source>Needs {needed:,.1f} {unit} a week of improvement, but your figures have not been improving: the plan must change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="179"/>
        <source>Needs {needed:,.1f} {unit} a week; your trend so far is {so_far:,.1f} a week: within reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="189"/>
        <source>Needs {needed:,.1f} {unit} a week; your trend so far is {so_far:,.1f} a week ({ratio:.1f}x): ambitious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="198"/>
        <source>Needs {needed:,.1f} {unit} a week; your trend so far is {so_far:,.1f} a week ({ratio:.0f}x): far beyond your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="208"/>
        <source>Starting from zero there is no history to judge by; compare with similar accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="218"/>
        <source>Asks for {monthly:.0%} change a month: a steady, realistic pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="226"/>
        <source>Asks for {monthly:.0%} change a month: ambitious without a history to show it is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="234"/>
        <source>Asks for {monthly:.0%} change a month: far beyond what is usual; lower the benchmark or allow more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="244"/>
        <source>Write the strategy this goal serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="251"/>
        <source>{metric} is a vanity metric: say how it leads to an outcome (sign-ups, sales, a book deal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="257"/>
        <source>This is a vanity metric: say how it leads to an outcome (sign-ups, sales, a book deal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="265"/>
        <source>Vanity metric, linked to an outcome: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="274"/>
        <source>An outcome metric; judged once you write why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="277"/>
        <source>An outcome the business wants, serving your strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="283"/>
        <source>Set a start date and a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="285"/>
        <source>The deadline must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="287"/>
        <source>The deadline has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="294"/>
        <source>Only one day: too short to see a real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="296"/>
        <source>Only {days} days: too short to see a real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="302"/>
        <source>Deadline {when} is over a year away: set milestones on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="309"/>
        <source>Deadline {when}, {days} days from the start, with a review then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="339"/>
        <source>the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="345"/>
        <source> on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="355"/>
        <source> from {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="360"/>
        <source> to {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="365"/>
        <source> by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="369"/>
        <source>Bring {metric}{where} down{start}{aim}{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="370"/>
        <source>Grow {metric}{where}{start}{aim}{when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartGoalPage</name>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="23"/>
        <source>Make it SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="24"/>
        <source>Specific, Measurable, Attainable, Relevant, Timely: the panel checks as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="34"/>
        <source>Use the suggested &amp;wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="40"/>
        <source>&amp;Goal in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="47"/>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="52"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="55"/>
        <source>Up and Down change the date by a day, Page Up and Page Down by a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="61"/>
        <source>SMART check (the targets come two pages on):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartPanel</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="93"/>
        <source>✓ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="95"/>
        <source>! Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="97"/>
        <source>✗ Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="98"/>
        <source>… Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_panel.py" line="22"/>
        <source>SMART check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_panel.py" line="60"/>
        <source>{name}: {verdict}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/startup.py" line="80"/>
        <source>Opening your goals…</source>
        <translation>Ihre Ziele werden geöffnet …</translation>
    </message>
</context>
<context>
    <name>StartingPointPage</name>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="28"/>
        <source>Know where you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="29"/>
        <source>Pick what to measure (outcomes first) and read today&apos;s figure from your analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="38"/>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="47"/>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="56"/>
        <source>Metric n&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="62"/>
        <source>sign-ups, minutes, % of messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="64"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="70"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="78"/>
        <source>For example: the publisher wants 2,000 followers before a book deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="84"/>
        <source>How does it lead to an &amp;outcome?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="91"/>
        <source>for example 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="94"/>
        <source>&amp;Today&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="101"/>
        <source>Date you &amp;read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="108"/>
        <source>The report or tool you read it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="112"/>
        <source>Where you read it (&amp;source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="166"/>
        <source>{name} (vanity metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="174"/>
        <source>Custom metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="237"/>
        <source>Your own metric: name it, give its unit and say which way is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="244"/>
        <source>Vanity metric: {description} {direction}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="246"/>
        <source>Outcome: {description} {direction}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="255"/>
        <source>{name} is a vanity metric: a nod in the street. It can matter (a publisher may ask for a following), but say how it leads to something the business wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="261"/>
        <source>This is a vanity metric: a nod in the street. It can matter (a publisher may ask for a following), but say how it leads to something the business wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="270"/>
        <source>Where to find it: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../domain/enums.py" line="79"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="80"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="81"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="82"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="83"/>
        <source>Benchmark reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="84"/>
        <source>Stretch reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="85"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="33"/>
        <source>Strategy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="34"/>
        <source>A goal only makes sense inside a strategy: what do you want to be known for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="39"/>
        <source>&amp;Use a strategy I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="41"/>
        <source>&amp;Write a new strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="61"/>
        <source>E&amp;xisting strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="73"/>
        <source>Start from a &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="81"/>
        <source>&amp;Strategy in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="84"/>
        <source>For example: “Be known for great customer service”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="100"/>
        <source>Net&amp;works you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="103"/>
        <source>Space ticks the highlighted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="120"/>
        <source>Business &amp;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="128"/>
        <source>&amp;Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="136"/>
        <source>&amp;Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="283"/>
        <source>Pick a strategy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../ui/dashboard/summary.py" line="19"/>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/summary.py" line="34"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/wizard/targets.py" line="32"/>
        <source>Two targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="33"/>
        <source>A realistic benchmark you expect to reach, and a bold stretch beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="44"/>
        <source>Benchmar&amp;k target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="53"/>
        <source>S&amp;tretch target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="66"/>
        <source>Type a benchmark to see the road to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="88"/>
        <source>You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. Less is better: both targets must be lower than where you start, and the stretch lower than the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="95"/>
        <source>You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. More is better: both targets must be higher than where you start, and the stretch higher than the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="105"/>
        <source>your metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="143"/>
        <source>That is {per_week} {unit} a week, {per_month} {unit} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="176"/>
        <source>Preview of the benchmark and stretch roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="191"/>
        <source>weeks from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="198"/>
        <source>Benchmark road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="202"/>
        <source>Stretch road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="206"/>
        <source>Where you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="255"/>
        <source>From {baseline:g} now to {benchmark:g} (benchmark) and {stretch:g} (stretch) in {weeks:.0f} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="44"/>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="45"/>
        <source>the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="46"/>
        <source>the third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="47"/>
        <source>the fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="48"/>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="77"/>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="77"/>
        <source>Add a task to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="87"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="90"/>
        <source>Join the industry Twitter chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="91"/>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="96"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="97"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="98"/>
        <source>Every month, on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="99"/>
        <source>Every month, on a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="100"/>
        <source>Custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="108"/>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="111"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="129"/>
        <source>on day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="152"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="160"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="164"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="167"/>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="168"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="176"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="178"/>
        <source>How to do it well, links, who to meet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="180"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="268"/>
        <source>Tick at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="305"/>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="306"/>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="307"/>
        <location filename="../../ui/plan/task_editor.py" line="308"/>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="330"/>
        <source>Create a goal first: every task serves one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../domain/templates.py" line="21"/>
        <source>State these hours on every profile (bio, About section, pinned post) so people know when to expect an answer; response-time goals are judged inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="28"/>
        <source>In a Lithium Technologies study, 53% of people who ask a brand a question on Twitter expect an answer within an hour, 72% when it is a complaint. Without one, 2 in 5 think less of the brand, and only about 11% of big brands manage it: an opportunity for a small business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="67"/>
        <source>Great customer service: fast responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="68"/>
        <source>Be known for great customer service: answer every question and complaint fast, within business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="76"/>
        <source>Answer every open message and mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="82"/>
        <source>Update the saved replies for common questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="92"/>
        <source>Newsletter sign-ups or leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="93"/>
        <source>Turn followers into newsletter subscribers and leads we can talk to directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="99"/>
        <source>Post a sign-up teaser with a sneak peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="105"/>
        <source>Reply to comments and invite people to sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="114"/>
        <source>Awareness or following for a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="115"/>
        <source>Build an engaged following that opens a door, such as a book deal or a speaking slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="122"/>
        <source>Share a behind-the-scenes post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="128"/>
        <source>Join the industry chat and follow up with people met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="137"/>
        <source>Traffic for a launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="138"/>
        <source>Bring visitors from social media to the website ahead of the launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="142"/>
        <source>Post a countdown update linking to the launch page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="151"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="152"/>
        <source>Sell more through social media by showing products where our customers already are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="158"/>
        <source>Post a product story with a shop link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="164"/>
        <source>Answer product questions in comments and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="173"/>
        <source>Blank: write my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="178"/>
        <source>Plan and schedule this week&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/plan/reminders.py" line="133"/>
        <source>SmartGoals: reminders for your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="136"/>
        <source>Show SmartGoals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="144"/>
        <source>Keep running in the tray when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="149"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../domain/validation.py" line="75"/>
        <source>“{typed}” is unclear: it may mean {grouped:,.0f} or {decimal}. Type {grouped:.0f} without the dot, or {decimal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="96"/>
        <source>“{typed}” is not a number. Type digits, for example 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="107"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="108"/>
        <source>That number is too large (the most is {maximum:,.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="109"/>
        <source>A percentage cannot be above 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="122"/>
        <source>Enter an ordinary number (not NaN or infinity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="124"/>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="141"/>
        <source>{label} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="143"/>
        <source>{label} is {length:,} characters long; keep it under {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="157"/>
        <source>The strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="161"/>
        <source>Unknown day code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="166"/>
        <source>Give both an opening and a closing time, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="170"/>
        <source>Closing time must be after the opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="174"/>
        <source>Pick the days these business hours apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="183"/>
        <source>Pick the network this goal is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="185"/>
        <source>The metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="189"/>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="197"/>
        <source>Enter the date you read this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="199"/>
        <source>The date you read the value cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="203"/>
        <source>The source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="208"/>
        <source>The link to an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="219"/>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="223"/>
        <source>Enter the date the goal starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="225"/>
        <source>Enter a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="227"/>
        <source>The deadline must come after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="229"/>
        <source>The deadline is in the past; pick a date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="235"/>
        <source>Keep the deadline within {years} years of the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="243"/>
        <source>The goal cannot start before the day you read the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="252"/>
        <source>The purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="253"/>
        <source>The impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="254"/>
        <source>The audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="275"/>
        <source>The benchmark must be above your starting value of {base:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="277"/>
        <source>The benchmark must be below your starting value of {base:g} (less is better for this metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="292"/>
        <source>The stretch target must be above the benchmark of {benchmark:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="294"/>
        <source>The stretch target must be below the benchmark of {benchmark:g} (less is better for this metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="308"/>
        <source>The task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="312"/>
        <source>A task lasts between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="316"/>
        <source>The task would run past midnight; start earlier or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="325"/>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="337"/>
        <source>Task {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="343"/>
        <source>A week has 168 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="48"/>
        <location filename="../../services/plan.py" line="181"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="15"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="16"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="17"/>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="18"/>
        <source>SMART goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="19"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="20"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="21"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="22"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="31"/>
        <source>Edit your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="33"/>
        <source>Set a goal that means something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="34"/>
        <source>About five minutes. Nothing is saved as a goal until you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="39"/>
        <source>This wizard takes you from “we post a lot” to one SMART goal:
  1. the strategy the goal serves,
  2. where you start today, read from your analytics,
  3. a specific goal with a start and a deadline,
  4. why it matters and who it must reach,
  5. a realistic benchmark and a bold stretch target,
  6. the weekly tasks that will get you there.

Your answers are kept as you go: if you close the window, you can carry on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="62"/>
        <source>“{goal}”, stopped at: {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="66"/>
        <source>Stopped at: {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="69"/>
        <source>&amp;Resume where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="73"/>
        <source>Start &amp;over with what is saved for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="75"/>
        <source>Start &amp;over with a new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="85"/>
        <source>You have an unfinished goal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../../ui/wizard/why.py" line="15"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="16"/>
        <source>Writing the why down keeps you at the work, and shapes how you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="24"/>
        <source>The larger &amp;purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="27"/>
        <source>A book deal, a launch in six months, a reputation for service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="34"/>
        <source>&amp;Impact of success or failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="41"/>
        <source>The &amp;audience it must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="44"/>
        <source>A targeted group, not just more people: who exactly should act?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="50"/>
        <source>Because the purpose is what counts, shortcuts such as buying followers defeat it: they add numbers, not the people who act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../ui/wizard/common.py" line="104"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="105"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="106"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="107"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="108"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="109"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="110"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
