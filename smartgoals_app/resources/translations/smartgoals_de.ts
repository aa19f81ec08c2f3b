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
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../../domain/adherence.py" line="50"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>AdherencePanel</name>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="17"/>
        <source>Share of the plan&apos;s occurrences ticked done. Skips count as not done; today&apos;s open tasks are not counted yet. The streak is done occurrences in a row (a missed one ends it; a skip does not).</source>
        <translation>Anteil der geplanten Termine, die als erledigt abgehakt wurden. Ausgelassene zählen als nicht erledigt; offene Aufgaben von heute werden noch nicht mitgezählt. Die Serie zählt erledigte Termine in Folge (ein verpasster beendet sie, ein ausgelassener nicht).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="27"/>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="28"/>
        <source>{percent} ({done} of {counted})</source>
        <translation>{percent} ({done} von {counted})</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="35"/>
        <source>{count} done in a row</source>
        <translation>{count} in Folge erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="37"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="53"/>
        <location filename="../../ui/report/document.py" line="199"/>
        <source>Plan adherence</source>
        <translation>Planerfüllung</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="65"/>
        <location filename="../../ui/report/document.py" line="214"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="66"/>
        <location filename="../../ui/report/document.py" line="215"/>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="67"/>
        <location filename="../../ui/report/document.py" line="216"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../ui/plan/adherence_panel.py" line="95"/>
        <location filename="../../ui/report/document.py" line="206"/>
        <source>No tasks planned for this goal</source>
        <translation>Für dieses Ziel sind keine Aufgaben geplant</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../../cli.py" line="146"/>
        <source>admin sets up a server database: give its address with --db postgresql://user@host/database.</source>
        <translation>admin richtet eine Server-Datenbank ein: Geben Sie ihre Adresse mit --db postgresql://benutzer@host/datenbank an.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="250"/>
        <source>The server {address} did not allow this: run it as a database user that owns SmartGoals&apos; tables and may create roles.</source>
        <translation>Der Server {address} hat dies nicht erlaubt: Führen Sie es als Datenbankbenutzer aus, dem die Tabellen von SmartGoals gehören und der Rollen anlegen darf.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="268"/>
        <source>The database {address} is not set up yet: run “smartgoals --db {address} admin init” first.</source>
        <translation>Die Datenbank {address} ist noch nicht eingerichtet: Führen Sie zuerst „smartgoals --db {address} admin init“ aus.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="283"/>
        <source>The database {address} was set up by a newer version of SmartGoals; run the newer version&apos;s admin init instead.</source>
        <translation>Die Datenbank {address} wurde von einer neueren Version von SmartGoals eingerichtet; führen Sie stattdessen admin init der neueren Version aus.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="328"/>
        <source>“{user}” cannot be a database user&apos;s name: use up to 63 characters, not starting with pg_.</source>
        <translation>„{user}“ kann nicht der Name eines Datenbankbenutzers sein: Verwenden Sie bis zu 63 Zeichen, nicht beginnend mit pg_.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="338"/>
        <source>There is no workspace named “{name}”.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="362"/>
        <source>“{role}” is not a role: use owner, editor or viewer.</source>
        <translation>„{role}“ ist keine Rolle: Verwenden Sie owner, editor oder viewer.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="402"/>
        <source>{user} is not a member of “{name}”.</source>
        <translation>{user} ist kein Mitglied von „{name}“.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="416"/>
        <source>The database {address} is set up for SmartGoals (schema {revision}; access rules on {tables} tables).</source>
        <translation>Die Datenbank {address} ist für SmartGoals eingerichtet (Schema {revision}; Zugriffsregeln auf {tables} Tabellen).</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="421"/>
        <source>Added the workspace “{name}”.</source>
        <translation>Der Arbeitsbereich „{name}“ wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="422"/>
        <source>{user} is now an owner of “{name}”.</source>
        <translation>{user} ist jetzt Eigentümer von „{name}“.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="423"/>
        <source>{user} is now an editor of “{name}”.</source>
        <translation>{user} ist jetzt Bearbeiter von „{name}“.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="424"/>
        <source>{user} is now a viewer of “{name}”.</source>
        <translation>{user} ist jetzt Betrachter von „{name}“.</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="425"/>
        <source>The login {user} was created without a password: give it one on the server (ALTER ROLE … PASSWORD, or psql&apos;s \password).</source>
        <translation>Die Anmeldung {user} wurde ohne Passwort angelegt: Geben Sie ihr auf dem Server eines (ALTER ROLE … PASSWORD oder \password in psql).</translation>
    </message>
    <message>
        <location filename="../../storage/admin.py" line="430"/>
        <source>{user} is no longer a member of “{name}”.</source>
        <translation>{user} ist kein Mitglied von „{name}“ mehr.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/file_open.py" line="41"/>
        <location filename="../../ui/file_open.py" line="77"/>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="47"/>
        <source>{reason}

No backup was found next to it.</source>
        <translation>{reason}

Im selben Ordner wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="55"/>
        <source>{reason}

Restore the newest backup ({backup})? The damaged file is kept beside it with the ending .damaged.</source>
        <translation>{reason}

Die neueste Sicherung ({backup}) wiederherstellen? Die beschädigte Datei bleibt mit der Endung .damaged daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="78"/>
        <source>The backup could not be restored: {reason}

The backup {backup} is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}

Die Sicherung {backup} ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <location filename="../../ui/file_open.py" line="102"/>
        <location filename="../../ui/file_open.py" line="154"/>
        <location filename="../../ui/server_app.py" line="97"/>
        <source>SmartGoals cannot open its database</source>
        <translation>SmartGoals kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <location filename="../../ui/file_open.py" line="120"/>
        <source>SmartGoals cannot use its data folder</source>
        <translation>SmartGoals kann seinen Datenordner nicht verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="112"/>
        <source>SmartGoals is already open</source>
        <translation>SmartGoals ist bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="113"/>
        <source>Another SmartGoals window is using {path}. Switch to it instead.</source>
        <translation>Ein anderes SmartGoals-Fenster verwendet bereits {path}. Wechseln Sie bitte zu diesem Fenster.</translation>
    </message>
    <message>
        <location filename="../../ui/server_app.py" line="86"/>
        <source>Read only: you are a viewer of this database.</source>
        <translation>Nur lesen: Sie sind Betrachter dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>ArchivedStrategies</name>
    <message>
        <location filename="../../ui/strategy/archived.py" line="26"/>
        <source>Archived strategies</source>
        <translation>Archivierte Strategien</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="34"/>
        <source>&amp;Archived strategies:</source>
        <translation>&amp;Archivierte Strategien:</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="36"/>
        <source>No strategy is archived.</source>
        <translation>Keine Strategie ist archiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="37"/>
        <source>&amp;Unarchive</source>
        <translation>Aus dem Archiv &amp;holen</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="40"/>
        <source>Bring back the chosen strategy and the goals archived with it</source>
        <translation>Die gewählte Strategie und die mit ihr archivierten Ziele zurückholen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/archived.py" line="60"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln Ziel</numerusform>
            <numerusform>%Ln Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="61"/>
        <source>{goals} · archived {day}</source>
        <translation>{goals} · archiviert am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/archived.py" line="85"/>
        <source>The strategy was not brought back</source>
        <translation>Die Strategie wurde nicht zurückgeholt</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../domain/enums.py" line="44"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="45"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="46"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="47"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../io/export_plan.py" line="126"/>
        <source>The plan is empty: there are no active goals or tasks to export. Nothing written.</source>
        <translation>Der Plan ist leer: Es gibt keine aktiven Ziele oder Aufgaben zum Exportieren. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="142"/>
        <source>Cannot export the plan: {reason}</source>
        <translation>Der Plan kann nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="160"/>
        <source>No SmartGoals database at {path}; nothing exported.</source>
        <translation>Keine SmartGoals-Datenbank unter {path}; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="167"/>
        <source>Wrote the plan to {path} (times in {zone}). Tasks: {tasks}; goals with check-ins: {goals}.</source>
        <translation>Plan nach {path} geschrieben (Zeiten in {zone}). Aufgaben: {tasks}; Ziele mit Check-ins: {goals}.</translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="179"/>
        <source>Left out one task whose repeat rule SmartGoals cannot read; edit it in the Plan tab.</source>
        <translation>Eine Aufgabe ausgelassen, deren Wiederholungsregel SmartGoals nicht lesen kann; bearbeiten Sie sie im Reiter Plan.</translation>
    </message>
    <message>
        <location filename="../../io/export_plan.py" line="183"/>
        <source>Left out {count} tasks whose repeat rule SmartGoals cannot read; edit them in the Plan tab.</source>
        <translation>{count} Aufgaben ausgelassen, deren Wiederholungsregel SmartGoals nicht lesen kann; bearbeiten Sie sie im Reiter Plan.</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="112"/>
        <source>Goal: {goal}</source>
        <translation>Ziel: {goal}</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="114"/>
        <source>Why it matters: {why}</source>
        <translation>Warum es wichtig ist: {why}</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="140"/>
        <source>Tick it done or skipped in SmartGoals &gt; Plan.</source>
        <translation>Haken Sie die Aufgabe in SmartGoals &gt; Plan als erledigt oder ausgelassen ab.</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="153"/>
        <source>Check-in: {goal}</source>
        <translation>Check-in: {goal}</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="169"/>
        <source>Log this period&apos;s figure in SmartGoals: treading water, drowning or sailing?</source>
        <translation>Erfassen Sie die Zahl für diesen Zeitraum in SmartGoals: Halten Sie sich gerade so über Wasser, gehen Sie unter oder segeln Sie davon?</translation>
    </message>
    <message>
        <location filename="../../io/ics.py" line="206"/>
        <source>SmartGoals plan</source>
        <translation>SmartGoals-Plan</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../domain/catalogue.py" line="42"/>
        <source>X: More (...) &gt; Analytics, or analytics.x.com; Premium shows &apos;Engagements&apos; per post.</source>
        <translation>X: Mehr (...) &gt; Analytics oder analytics.x.com; mit Premium sehen Sie die Interaktionen („Engagements“) pro Beitrag.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="50"/>
        <source>Meta Business Suite &gt; Insights &gt; Results, or the Page&apos;s &apos;Professional dashboard&apos;.</source>
        <translation>Meta Business Suite &gt; Insights &gt; Ergebnisse oder das „Professional Dashboard“ der Seite.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="57"/>
        <source>Instagram app &gt; Professional dashboard &gt; Account insights, or Meta Business Suite &gt; Insights.</source>
        <translation>Instagram-App &gt; Professional Dashboard &gt; Konto-Insights oder Meta Business Suite &gt; Insights.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="65"/>
        <source>Your Page &gt; Analytics (Visitors, Followers, Content, Leads).</source>
        <translation>Ihre Seite &gt; Analytics (Besucher, Follower, Inhalte, Leads).</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="70"/>
        <source>TikTok Studio &gt; Analytics, or Business Suite &gt; Analytics on the web.</source>
        <translation>TikTok Studio &gt; Analysen oder im Web Business Suite &gt; Analysen.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="75"/>
        <source>YouTube Studio &gt; Analytics &gt; Overview / Audience / Reach.</source>
        <translation>YouTube Studio &gt; Analytics &gt; Übersicht / Zielgruppe / Reichweite.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="78"/>
        <source>Pinterest Business hub &gt; Analytics &gt; Overview.</source>
        <translation>Pinterest Business-Hub &gt; Analysen &gt; Übersicht.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="82"/>
        <source>Website / all networks</source>
        <translation>Website / alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="83"/>
        <source>Your website analytics (e.g. Google Analytics &gt; Acquisition &gt; Social), your shop or newsletter tool.</source>
        <translation>Ihre Website-Statistik (z. B. Google Analytics &gt; Akquisition &gt; Social), Ihr Shop- oder Newsletter-Tool.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="98"/>
        <source>Response time to messages</source>
        <translation>Reaktionszeit bei Nachrichten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="99"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="102"/>
        <source>Median minutes to answer a question or complaint, inside business hours.</source>
        <translation>Typische Zeit in Minuten (Median) bis zur Antwort auf eine Frage oder Beschwerde, innerhalb der Geschäftszeiten.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="106"/>
        <source>Messages answered in time</source>
        <translation>Rechtzeitig beantwortete Nachrichten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="107"/>
        <source>% of messages</source>
        <translation>% der Nachrichten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="110"/>
        <source>Share of questions and complaints answered within your promised time.</source>
        <translation>Anteil der Fragen und Beschwerden, die innerhalb der zugesagten Zeit beantwortet werden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="114"/>
        <source>Visits to your website from this network</source>
        <translation>Website-Besuche über dieses Netzwerk</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="115"/>
        <location filename="../../domain/catalogue.py" line="203"/>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="118"/>
        <source>Sessions on your site that came from this network (website analytics).</source>
        <translation>Sitzungen auf Ihrer Website, die über dieses Netzwerk kamen (Website-Statistik).</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="122"/>
        <source>Newsletter sign-ups</source>
        <translation>Newsletter-Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="123"/>
        <source>sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="126"/>
        <source>New subscribers who came from this network.</source>
        <translation>Neue Abonnenten, die über dieses Netzwerk kamen.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="130"/>
        <source>Leads</source>
        <translation>Anfragen (Leads)</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="131"/>
        <location filename="../../domain/catalogue.py" line="213"/>
        <source>leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="134"/>
        <source>Enquiries, quote requests or booked calls that came from this network.</source>
        <translation>Anfragen, Angebotsanfragen oder gebuchte Gespräche, die über dieses Netzwerk kamen.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="138"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="139"/>
        <source>sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="142"/>
        <source>Orders or bookings attributed to this network.</source>
        <translation>Bestellungen oder Buchungen, die diesem Netzwerk zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="146"/>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="147"/>
        <location filename="../../domain/catalogue.py" line="251"/>
        <source>clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="150"/>
        <source>Clicks on links you posted.</source>
        <translation>Klicks auf Links, die Sie gepostet haben.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="154"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="155"/>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="158"/>
        <source>People following the account.</source>
        <translation>Personen, die dem Konto folgen.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="162"/>
        <source>Likes / reactions</source>
        <translation>Likes / Reaktionen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="163"/>
        <source>likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="166"/>
        <source>Likes or reactions on your posts.</source>
        <translation>Likes oder Reaktionen auf Ihre Beiträge.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="170"/>
        <source>Impressions / reach</source>
        <translation>Impressionen / Reichweite</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="171"/>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="174"/>
        <source>How many times your posts were shown.</source>
        <translation>Wie oft Ihre Beiträge angezeigt wurden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="182"/>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="183"/>
        <source>reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="186"/>
        <source>Times your posts were reposted.</source>
        <translation>Wie oft Ihre Beiträge repostet wurden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="192"/>
        <source>Event responses</source>
        <translation>Zusagen zu Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="193"/>
        <source>responses</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="196"/>
        <source>People who answered &apos;going&apos; to your events.</source>
        <translation>Personen, die zu Ihren Veranstaltungen zugesagt haben.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="202"/>
        <source>Profile visits</source>
        <translation>Profilbesuche</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="206"/>
        <source>Visits to your profile.</source>
        <translation>Besuche Ihres Profils.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="212"/>
        <source>Lead form submissions</source>
        <translation>Ausgefüllte Lead-Formulare</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="216"/>
        <source>Lead Gen Form submissions on LinkedIn.</source>
        <translation>Auf LinkedIn ausgefüllte Lead-Gen-Formulare.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="222"/>
        <source>Video views</source>
        <translation>Videoaufrufe</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="223"/>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="226"/>
        <source>Views of your videos.</source>
        <translation>Aufrufe Ihrer Videos.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="232"/>
        <source>Watch time</source>
        <translation>Wiedergabezeit</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="233"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="236"/>
        <source>Hours your videos were watched.</source>
        <translation>Stunden, die Ihre Videos angesehen wurden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="240"/>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="241"/>
        <source>subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="244"/>
        <source>Channel subscribers.</source>
        <translation>Abonnenten des Kanals.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="250"/>
        <source>Outbound clicks</source>
        <translation>Ausgehende Klicks</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="254"/>
        <source>Clicks from your Pins to your website.</source>
        <translation>Klicks von Ihren Pins auf Ihre Website.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="258"/>
        <source>Saves</source>
        <translation>Speicherungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="259"/>
        <source>saves</source>
        <translation>Speicherungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="262"/>
        <source>Times your Pins were saved.</source>
        <translation>Wie oft Ihre Pins gespeichert wurden.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="268"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="269"/>
        <source>downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="272"/>
        <source>Downloads of your app, guide or e-book.</source>
        <translation>Downloads Ihrer App, Ihres Leitfadens oder E-Books.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="276"/>
        <source>Complaints still open</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="277"/>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="280"/>
        <source>Complaints not yet answered at the end of the day.</source>
        <translation>Beschwerden, die am Ende des Tages noch nicht beantwortet sind.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="284"/>
        <source>Positive mentions</source>
        <translation>Positive Erwähnungen</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="285"/>
        <source>% positive</source>
        <translation>% positiv</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="288"/>
        <source>Share of mentions that are positive.</source>
        <translation>Anteil der Erwähnungen, die positiv sind.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/dashboard/canvas.py" line="20"/>
        <source>Drag sideways, or turn the wheel with Ctrl held, to look closer at some weeks; double-click to see the whole goal again.</source>
        <translation>Zur Seite ziehen oder das Mausrad mit gedrückter Strg-Taste drehen, um einige Wochen näher anzusehen; Doppelklick zeigt wieder das ganze Ziel.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="182"/>
        <source>benchmark {target} reached</source>
        <translation>Richtwert {target} erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="184"/>
        <source>benchmark {target} missed</source>
        <translation>Richtwert {target} nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="187"/>
        <source>stretch {target} reached</source>
        <translation>Wunschziel {target} erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="189"/>
        <source>stretch {target} missed</source>
        <translation>Wunschziel {target} nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_data.py" line="191"/>
        <source>Trend: {projected} by the deadline
{benchmark}, {stretch}</source>
        <translation>Trend: {projected} zum Stichtag
{benchmark}, {stretch}</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../ui/dashboard/export.py" line="17"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="18"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="83"/>
        <source>SmartGoals chart</source>
        <translation>SmartGoals-Diagramm</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="85"/>
        <source>Progress chart exported from SmartGoals</source>
        <translation>Aus SmartGoals exportiertes Fortschrittsdiagramm</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export.py" line="118"/>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="92"/>
        <source>Correct a check-in</source>
        <translation>Check-in korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="92"/>
        <source>Log a check-in</source>
        <translation>Check-in erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="108"/>
        <source>Type the day you read the figure ({hint} or 15 Nov 2026); Up and Down step a day</source>
        <translation>Geben Sie den Tag ein, an dem Sie die Zahl abgelesen haben ({hint} oder 15 Nov 2026); mit den Pfeiltasten nach oben und unten gehen Sie einen Tag vor oder zurück</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="116"/>
        <source>for example 120</source>
        <translation>zum Beispiel 120</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="121"/>
        <source>optional: what happened this period</source>
        <translation>optional: was in diesem Zeitraum passiert ist</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="131"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="133"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="135"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="138"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="145"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="145"/>
        <source>Log check-in</source>
        <translation>Check-in erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="161"/>
        <source>in {unit}</source>
        <translation>in {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="222"/>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="232"/>
        <location filename="../../ui/dashboard/checkin_dialog.py" line="245"/>
        <source>The check-in was not saved</source>
        <translation>Der Check-in wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <location filename="../../ui/plan/cards.py" line="155"/>
        <source>{mark} &lt;b&gt;Check-in&lt;/b&gt;</source>
        <translation>{mark} &lt;b&gt;Check-in&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="169"/>
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="171"/>
        <source>Log this period&apos;s figure</source>
        <translation>Die Zahl für diesen Zeitraum erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="174"/>
        <source>Check-in for “{goal}”, {day}</source>
        <translation>Check-in für „{goal}“, {day}</translation>
    </message>
</context>
<context>
    <name>Combine</name>
    <message>
        <location filename="../../domain/figures.py" line="39"/>
        <source>Sum of the rows of each day</source>
        <translation>Summe der Zeilen eines Tages</translation>
    </message>
    <message>
        <location filename="../../domain/figures.py" line="40"/>
        <source>Last row of each day</source>
        <translation>Letzte Zeile eines Tages</translation>
    </message>
    <message>
        <location filename="../../domain/figures.py" line="41"/>
        <source>Number of rows of each day</source>
        <translation>Anzahl der Zeilen eines Tages</translation>
    </message>
    <message>
        <location filename="../../domain/figures.py" line="42"/>
        <source>Running total of daily gains</source>
        <translation>Laufende Summe der täglichen Zuwächse</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="17"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="32"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="48"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="51"/>
        <source>{who} changed “{title}” while you were editing.</source>
        <translation>{who} hat „{title}“ geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>{who} changed the goal “{title}” at {time} while you were editing.</source>
        <translation>{who} hat das Ziel „{title}“ um {time} geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="58"/>
        <source>{who} changed the strategy “{title}” at {time} while you were editing.</source>
        <translation>{who} hat die Strategie „{title}“ um {time} geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="61"/>
        <source>{who} changed the task “{title}” at {time} while you were editing.</source>
        <translation>{who} hat die Aufgabe „{title}“ um {time} geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="64"/>
        <source>{who} changed the check-in of {day} for “{title}” at {time} while you were editing.</source>
        <translation>{who} hat den Messwert vom {day} für „{title}“ um {time} geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="70"/>
        <source>{who} changed “{title}” at {time} while you were editing.</source>
        <translation>{who} hat „{title}“ um {time} geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="77"/>
        <source>Reload theirs to see what is stored now (what you changed here is dropped), or keep yours and overwrite their change.</source>
        <translation>Laden Sie die andere Fassung neu, um zu sehen, was jetzt gespeichert ist (Ihre Änderungen hier werden verworfen), oder behalten Sie Ihre und überschreiben Sie die andere Änderung.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="83"/>
        <source>Nothing was saved: look at what is stored now and make your change again.</source>
        <translation>Nichts wurde gespeichert: Sehen Sie sich an, was jetzt gespeichert ist, und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="15"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="18"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln Ziel</numerusform>
            <numerusform>%Ln Zielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="21"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln Check-in</numerusform>
            <numerusform>%Ln Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="25"/>
        <source>Left out: %Ln row(s) at fault.</source>
        <translation>
            <numerusform>Nicht übernommen: %Ln fehlerhafte Zeile.</numerusform>
            <numerusform>Nicht übernommen: %Ln fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../io/exports/text.py" line="26"/>
        <source>Column {letters}</source>
        <translation>Spalte {letters}</translation>
    </message>
    <message>
        <location filename="../../io/exports/text.py" line="41"/>
        <source>The file says it is UTF-16 text but is damaged; export it again.</source>
        <translation>Die Datei ist als UTF-16-Text gekennzeichnet, aber beschädigt; exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../io/exports/text.py" line="54"/>
        <source>The file is not UTF-8; it was read as {encoding} (Western European). If accented letters look wrong, export it again as UTF-8.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als {encoding} (westeuropäisch) gelesen. Wenn Umlaute oder Akzente falsch aussehen, exportieren Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="63"/>
        <source>date {date} does not exist</source>
        <translation>das Datum {date} gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="71"/>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="78"/>
        <source>date {date} reads as day/month, but this column is month/day</source>
        <translation>das Datum {date} passt nur als Tag/Monat, diese Spalte ist aber Monat/Tag</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="84"/>
        <source>date {date} reads as month/day, but this column is day/month</source>
        <translation>das Datum {date} passt nur als Monat/Tag, diese Spalte ist aber Tag/Monat</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="97"/>
        <source>“{text}” is not a date I can read (use 2026-11-22, 22/11/2026, 11/22/2026, 22 Nov 2026 or Nov 22, 2026)</source>
        <translation>„{text}“ ist kein lesbares Datum (verwenden Sie 2026-11-22, 22/11/2026, 11/22/2026, 22 Nov 2026 oder Nov 22, 2026)</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="136"/>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="145"/>
        <source>“{text}” is not an ordinary number</source>
        <translation>„{text}“ ist keine gewöhnliche Zahl</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="146"/>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="148"/>
        <source>“{text}” is negative; figures cannot be below zero</source>
        <translation>„{text}“ ist negativ; Zahlen können nicht unter null liegen</translation>
    </message>
    <message>
        <location filename="../../io/exports/cells.py" line="151"/>
        <source>“{text}” is too large (the most is {most})</source>
        <translation>„{text}“ ist zu groß (höchstens {most})</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="33"/>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="34"/>
        <source>Active (still running)</source>
        <translation>Aktiv (läuft noch)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="35"/>
        <source>Achieved (a target reached)</source>
        <translation>Erreicht (Richtwert oder Wunschziel)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="36"/>
        <source>Overdue (deadline or check-in)</source>
        <translation>Überfällig (Stichtag oder Check-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="71"/>
        <source>{target} ({percent} there), deadline passed</source>
        <translation>{target} ({percent} geschafft), Stichtag vorbei</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="73"/>
        <source>{target} ({percent} there), reached</source>
        <translation>{target} ({percent} geschafft), erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="74"/>
        <source>{target} ({percent} there), needs {pace}</source>
        <translation>{target} ({percent} geschafft), nötig: {pace}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="83"/>
        <source>{day} (due)</source>
        <translation>{day} (fällig)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="92"/>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="102"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="103"/>
        <source>{value}, read {day}</source>
        <translation>{value}, abgelesen am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="108"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="111"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="113"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="114"/>
        <source>Time used: {time} · Way to benchmark: {benchmark}</source>
        <translation>Zeit verstrichen: {time} · Weg zum Richtwert: {benchmark}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="119"/>
        <source>Benchmark</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="123"/>
        <source>Stretch</source>
        <translation>Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="127"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="128"/>
        <source>{days}, to {deadline}</source>
        <translation>{days}, bis {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="132"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="144"/>
        <source>★ Well done! Stretch target reached: {target}. Time to review: keep the goal as it is, or raise the target.</source>
        <translation>★ Gut gemacht! Wunschziel erreicht: {target}. Zeit für einen Rückblick: Behalten Sie das Ziel so bei oder setzen Sie den Zielwert höher.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="149"/>
        <source>★ Well done! Benchmark reached: {target}. Time to review: keep the goal as it is, or raise the target.</source>
        <translation>★ Gut gemacht! Richtwert erreicht: {target}. Zeit für einen Rückblick: Behalten Sie das Ziel so bei oder setzen Sie den Zielwert höher.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="158"/>
        <source>A daily check-in is due (since {day}): read {metric} and log it.</source>
        <translation>Ein täglicher Check-in ist fällig (seit {day}): Lesen Sie {metric} ab und erfassen Sie den Wert.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="159"/>
        <source>A weekly check-in is due (since {day}): read {metric} and log it.</source>
        <translation>Ein wöchentlicher Check-in ist fällig (seit {day}): Lesen Sie {metric} ab und erfassen Sie den Wert.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="162"/>
        <source>A monthly check-in is due (since {day}): read {metric} and log it.</source>
        <translation>Ein monatlicher Check-in ist fällig (seit {day}): Lesen Sie {metric} ab und erfassen Sie den Wert.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/presenters.py" line="165"/>
        <source>A quarterly check-in is due (since {day}): read {metric} and log it.</source>
        <translation>Ein vierteljährlicher Check-in ist fällig (seit {day}): Lesen Sie {metric} ab und erfassen Sie den Wert.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="79"/>
        <source>&lt;h2&gt;No goals yet&lt;/h2&gt;&lt;p&gt;A goal turns posting into progress you can see. Start with your strategy, then set one SMART goal with a benchmark and a stretch target.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Ziele&lt;/h2&gt;&lt;p&gt;Mit einem Ziel wird aus Ihren Beiträgen ein Fortschritt, den Sie sehen können. Beginnen Sie mit Ihrer Strategie und legen Sie dann ein SMART-Ziel mit Richtwert und Wunschziel fest.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="83"/>
        <source>&lt;p&gt;The wizard walks you through it in a few minutes (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Assistent führt Sie in wenigen Minuten hindurch (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="92"/>
        <source>Set up your first goal…</source>
        <translation>Erstes Ziel einrichten…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="138"/>
        <location filename="../../ui/dashboard/view.py" line="169"/>
        <source>The goals could not be read</source>
        <translation>Die Ziele konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="191"/>
        <source>The goal could not be read</source>
        <translation>Das Ziel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="250"/>
        <source>The check-in cannot be corrected</source>
        <translation>Der Messwert kann nicht korrigiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="285"/>
        <source>Could not delete the check-in</source>
        <translation>Der Check-in konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="293"/>
        <source>Deleted {value} of {day}.</source>
        <translation>{value} vom {day} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="296"/>
        <source>Deleted (Ctrl+Z brings it back): {value} of {day}</source>
        <translation>Gelöscht (Strg+Z holt es zurück): {value} vom {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307"/>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../../io/data_export.py" line="269"/>
        <source>{folder} is a file; give a folder for the CSV files.</source>
        <translation>{folder} ist eine Datei; geben Sie einen Ordner für die CSV-Dateien an.</translation>
    </message>
    <message>
        <location filename="../../io/data_export.py" line="313"/>
        <source>No SmartGoals database at {path}; nothing exported.</source>
        <translation>Keine SmartGoals-Datenbank unter {path}; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../../io/data_export.py" line="320"/>
        <source>Wrote everything to {path}. Tables: {tables}; rows: {rows}.</source>
        <translation>Alles nach {path} geschrieben. Tabellen: {tables}; Zeilen: {rows}.</translation>
    </message>
    <message>
        <location filename="../../io/data_export.py" line="328"/>
        <source>Cannot export the data: {reason}</source>
        <translation>Die Daten können nicht exportiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../../io/data_import.py" line="99"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>{path} kann nicht gelesen werden: {detail}.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="103"/>
        <source>{path} is not a SmartGoals data export.</source>
        <translation>{path} ist kein Datenexport von SmartGoals.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="115"/>
        <source>{path} was exported by a newer SmartGoals (format version {version}); install the newer version to import it.</source>
        <translation>{path} wurde von einer neueren SmartGoals-Version exportiert (Formatversion {version}); installieren Sie die neuere Version, um die Datei zu importieren.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="124"/>
        <source>{path} lacks its {field}: it is not a complete data export.</source>
        <translation>In {path} fehlt {field}: Die Datei ist kein vollständiger Datenexport.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="153"/>
        <source>Table “{table}”, row {row} (id {id}), field “{field}”: {message}</source>
        <translation>Tabelle „{table}“, Zeile {row} (ID {id}), Feld „{field}“: {message}</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="157"/>
        <source>Table “{table}”, row {row}, field “{field}”: {message}</source>
        <translation>Tabelle „{table}“, Zeile {row}, Feld „{field}“: {message}</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="190"/>
        <source>The file holds a table “{table}” that SmartGoals does not know.</source>
        <translation>Die Datei enthält eine Tabelle „{table}“, die SmartGoals nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="201"/>
        <source>The file has no table “{table}”.</source>
        <translation>Die Datei enthält keine Tabelle „{table}“.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="205"/>
        <source>Table “{table}” must be a list of rows.</source>
        <translation>Die Tabelle „{table}“ muss eine Liste von Zeilen sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="236"/>
        <source>Table “{table}”, row {row}: a row must be an object of fields.</source>
        <translation>Tabelle „{table}“, Zeile {row}: Eine Zeile muss ein Objekt aus Feldern sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="245"/>
        <source>This table has no such field.</source>
        <translation>Dieses Feld gibt es in dieser Tabelle nicht.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="252"/>
        <source>The field is missing.</source>
        <translation>Das Feld fehlt.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="256"/>
        <source>The value must be one of {values}, not {value}.</source>
        <translation>Der Wert muss einer von {values} sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="279"/>
        <source>A value is needed here, not null.</source>
        <translation>Hier wird ein Wert benötigt, nicht null.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="283"/>
        <source>The value must be a whole number.</source>
        <translation>Der Wert muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="287"/>
        <source>The value must be a number.</source>
        <translation>Der Wert muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="291"/>
        <source>The value must be true or false.</source>
        <translation>Der Wert muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="295"/>
        <source>The value must be text.</source>
        <translation>Der Wert muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="311"/>
        <source>“{value}” is not a date written YYYY-MM-DD.</source>
        <translation>„{value}“ ist kein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="312"/>
        <source>“{value}” is not a time of day written HH:MM:SS.</source>
        <translation>„{value}“ ist keine Uhrzeit im Format HH:MM:SS.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="313"/>
        <source>“{value}” is not a UTC time written YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>„{value}“ ist keine UTC-Zeit im Format YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="314"/>
        <source>“{value}” is not a local time written YYYY-MM-DDTHH:MM:SS.</source>
        <translation>„{value}“ ist keine lokale Zeit im Format YYYY-MM-DDTHH:MM:SS.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="341"/>
        <source>Row {other} has the same {fields}, which must be unique.</source>
        <translation>Zeile {other} hat denselben Wert für {fields}; er muss eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="360"/>
        <source>It refers to {target} {value}, which is not in the file.</source>
        <translation>Der Wert verweist auf {target} {value}; diesen Eintrag gibt es in der Datei nicht.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="387"/>
        <source>“{value}” is not a strategy template.</source>
        <translation>„{value}“ ist keine Strategievorlage.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="429"/>
        <source>Give both deadlines, before and after the change, or neither.</source>
        <translation>Geben Sie beide Stichtage an, vor und nach der Änderung, oder keinen.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="434"/>
        <source>The value must be 0 or more.</source>
        <translation>Der Wert muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="442"/>
        <source>The value is not a goal draft saved by the wizard.</source>
        <translation>Der Wert ist kein vom Assistenten gespeicherter Zielentwurf.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="447"/>
        <source>“{value}” is not a network SmartGoals knows.</source>
        <translation>„{value}“ ist kein Netzwerk, das SmartGoals kennt.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="505"/>
        <source>{path} already holds goals; import into a new, empty database file instead.</source>
        <translation>{path} enthält bereits Ziele; importieren Sie stattdessen in eine neue, leere Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="515"/>
        <source>{path} already holds data (a strategy, a draft or reminders); import into a new, empty database file instead.</source>
        <translation>{path} enthält bereits Daten (eine Strategie, einen Entwurf oder Erinnerungen); importieren Sie stattdessen in eine neue, leere Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="541"/>
        <source>An import reads into a database file only, not into a server database; import into a new file instead.</source>
        <translation>Ein Import liest nur in eine Datenbankdatei, nicht in eine Server-Datenbank; importieren Sie stattdessen in eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="611"/>
        <source>Imported everything from {source} into {path}. Tables: {tables}; rows: {rows}.</source>
        <translation>Alles aus {source} nach {path} importiert. Tabellen: {tables}; Zeilen: {rows}.</translation>
    </message>
    <message>
        <location filename="../../io/data_import.py" line="620"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <location filename="../../ui/data_transfer.py" line="102"/>
        <location filename="../../ui/data_transfer.py" line="111"/>
        <location filename="../../ui/data_transfer.py" line="124"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="104"/>
        <source>SmartGoals data (*.json)</source>
        <translation>SmartGoals-Daten (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="135"/>
        <source>Export all data as CSV: choose a folder</source>
        <translation>Alle Daten als CSV exportieren: Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="165"/>
        <location filename="../../ui/data_transfer.py" line="181"/>
        <source>Import all data</source>
        <translation>Alle Daten importieren</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="183"/>
        <source>SmartGoals data (*.json);;All files (*)</source>
        <translation>SmartGoals-Daten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="67"/>
        <source>Expor&amp;t all data…</source>
        <translation>Alle Daten &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="69"/>
        <source>Write everything in this database to one JSON file, to keep or to move</source>
        <translation>Alles aus dieser Datenbank in eine JSON-Datei schreiben, zum Aufbewahren oder Umziehen</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="73"/>
        <source>Export all data as &amp;CSV…</source>
        <translation>Alle Daten als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="75"/>
        <source>Write one CSV file per table into a folder, to open in a spreadsheet</source>
        <translation>Eine CSV-Datei je Tabelle in einen Ordner schreiben, zum Öffnen in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="79"/>
        <source>Im&amp;port all data…</source>
        <translation>Alle Daten &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="81"/>
        <source>Read a JSON export into this database while it holds no goals yet</source>
        <translation>Einen JSON-Export in diese Datenbank einlesen, solange sie noch keine Ziele enthält</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="126"/>
        <source>Saved everything to {path}. Tables: {tables}; rows: {rows}.

Import all data reads it into a new, empty SmartGoals file, for example on another computer.</source>
        <translation>Alles in {path} gespeichert. Tabellen: {tables}; Zeilen: {rows}.

„Alle Daten importieren“ liest die Datei in eine neue, leere SmartGoals-Datei ein, zum Beispiel auf einem anderen Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="156"/>
        <source>Saved one CSV file per table to the folder {path}. Tables: {tables}; rows: {rows}.</source>
        <translation>Eine CSV-Datei je Tabelle im Ordner {path} gespeichert. Tabellen: {tables}; Zeilen: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="215"/>
        <source>Imported everything from {path}. Tables: {tables}; rows: {rows}.</source>
        <translation>Alles aus {path} importiert. Tabellen: {tables}; Zeilen: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="238"/>
        <source>… {count} more not shown.</source>
        <translation>… {count} weitere nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="146"/>
        <location filename="../../ui/data_transfer.py" line="154"/>
        <source>Export all data as CSV</source>
        <translation>Alle Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="173"/>
        <source>This database already holds goals or other data, and an import never mixes two sets of goals.

To import, start SmartGoals with a new, empty file (smartgoals --db NEW_FILE.db), or run: smartgoals --db NEW_FILE.db import-data FILE.json</source>
        <translation>Diese Datenbank enthält bereits Ziele oder andere Daten, und ein Import vermischt nie zwei Bestände an Zielen.

Starten Sie SmartGoals zum Importieren mit einer neuen, leeren Datei (smartgoals --db NEW_FILE.db) oder führen Sie aus: smartgoals --db NEW_FILE.db import-data FILE.json</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="227"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="234"/>
        <source>Nothing was imported:

{problems}</source>
        <translation>Es wurde nichts importiert:

{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="271"/>
        <source>Or import all data from another computer…</source>
        <translation>Oder alle Daten von einem anderen Computer importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/data_transfer.py" line="296"/>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../storage/database.py" line="389"/>
        <source>SmartGoals cannot save: the file {path} is read-only. Check its permissions.</source>
        <translation>SmartGoals kann nicht speichern: Die Datei {path} ist schreibgeschützt. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="393"/>
        <source>The database is busy (another SmartGoals may be saving). Try again in a moment.</source>
        <translation>Die Datenbank ist belegt (vielleicht speichert gerade ein anderes SmartGoals). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="397"/>
        <source>Saving failed: the disk is full or failing. Free some space and try again.</source>
        <translation>Speichern fehlgeschlagen: Der Datenträger ist voll oder defekt. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="400"/>
        <source>Saving to {path} failed: {detail}</source>
        <translation>Speichern in {path} fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="643"/>
        <source>SmartGoals cannot open {path}: {detail}.</source>
        <translation>SmartGoals kann {path} nicht öffnen: {detail}.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="558"/>
        <source>{path} is not a SmartGoals database; SmartGoals left it untouched.</source>
        <translation>{path} ist keine SmartGoals-Datenbank; SmartGoals hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="667"/>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>Die Datenbank {path} ist beschädigt ({detail}).</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="566"/>
        <source>The database {path} is damaged or is not a database ({detail}).</source>
        <translation>Die Datenbank {path} ist beschädigt oder keine Datenbank ({detail}).</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="154"/>
        <source>{path} is a folder, not a database file. Start SmartGoals with --db and the name of a file, such as {example}.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei. Starten Sie SmartGoals mit --db und einem Dateinamen, zum Beispiel {example}.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="164"/>
        <source>SmartGoals cannot keep its data in {folder}: {blocker} is a file, not a folder. Move that file away, or start SmartGoals with --db and a file in another folder.</source>
        <translation>SmartGoals kann seine Daten nicht in {folder} ablegen: {blocker} ist eine Datei, kein Ordner. Verschieben Sie diese Datei an einen anderen Ort oder starten Sie SmartGoals mit --db und einer Datei in einem anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="174"/>
        <source>SmartGoals cannot create the folder {folder}: you have no permission to write there. Create it yourself, or start SmartGoals with --db and a file in a folder you can write to.</source>
        <translation>SmartGoals kann den Ordner {folder} nicht anlegen: Sie haben dort keine Schreibrechte. Legen Sie ihn selbst an oder starten Sie SmartGoals mit --db und einer Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="182"/>
        <source>SmartGoals cannot create the folder {folder}: {detail}.</source>
        <translation>SmartGoals kann den Ordner {folder} nicht anlegen: {detail}.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="193"/>
        <source>SmartGoals cannot write in the folder {folder}, which holds its data and backups. Give yourself write permission for it, or start SmartGoals with --db and a file in a folder you can write to.</source>
        <translation>SmartGoals kann nicht in den Ordner {folder} schreiben, in dem seine Daten und Sicherungen liegen. Geben Sie sich Schreibrechte für diesen Ordner oder starten Sie SmartGoals mit --db und einer Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="289"/>
        <source>Someone else saved this at the same moment. Nothing was changed: look at what is stored now and save again.</source>
        <translation>Jemand anderes hat dies im selben Moment gespeichert. Nichts wurde geändert: Sehen Sie sich an, was jetzt gespeichert ist, und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="305"/>
        <source>SmartGoals could not save this because it conflicts with what is already stored. Nothing was changed.</source>
        <translation>SmartGoals konnte dies nicht speichern, weil es im Widerspruch zu bereits gespeicherten Daten steht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="323"/>
        <source>SmartGoals could not save this: it holds a character or a number too large that the file cannot store. Nothing was changed.</source>
        <translation>SmartGoals konnte dies nicht speichern: Es enthält ein Zeichen, das die Datei nicht speichern kann, oder eine zu große Zahl. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="408"/>
        <source>the database reported an error (details are in the log)</source>
        <translation>die Datenbank hat einen Fehler gemeldet (Details stehen im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="742"/>
        <source>{path} was saved by a newer version of SmartGoals. Install the newer version to open it; this file was left untouched.</source>
        <translation>{path} wurde mit einer neueren Version von SmartGoals gespeichert. Installieren Sie die neuere Version, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="753"/>
        <source>The database {path} is read-only. Check its permissions.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../../storage/repositories.py" line="37"/>
        <source>You are not a member of any workspace in this database: ask its administrator to add you to one.</source>
        <translation>Sie sind in keinem Arbeitsbereich dieser Datenbank Mitglied: Bitten Sie die Administration, Sie einem hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../domain/dates.py" line="21"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="45"/>
        <source>Enter a date, for example 2027-03-31.</source>
        <translation>Geben Sie ein Datum ein, zum Beispiel 2027-03-31.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="58"/>
        <source>“{typed}” is not a date. Type it as year-month-day, for example 2027-03-31.</source>
        <translation>„{typed}“ ist kein Datum. Geben Sie es als Jahr-Monat-Tag ein, zum Beispiel 2027-03-31.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="101"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="118"/>
        <source>There is no month {month}: months go from 01 to 12, for example 2027-03-31.</source>
        <translation>Einen Monat {month} gibt es nicht: Die Monate reichen von 01 bis 12, zum Beispiel 2027-03-31.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="122"/>
        <source>There is no day {day}: days start at 01, for example 2027-03-01.</source>
        <translation>Einen Tag {day} gibt es nicht: Die Tage beginnen bei 01, zum Beispiel 2027-03-01.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="129"/>
        <source>{month} {year} has no day {day}.</source>
        <translation>Den {day}. {month} {year} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="147"/>
        <source>Enter a time, for example 09:30.</source>
        <translation>Geben Sie eine Uhrzeit ein, zum Beispiel 09:30.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="160"/>
        <source>“{typed}” is not a time. Use the 24-hour clock, for example 09:30 or 17:00.</source>
        <translation>„{typed}“ ist keine Uhrzeit. Verwenden Sie das 24-Stunden-Format, zum Beispiel 09:30 oder 17:00.</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../ui/plan/week_view.py" line="36"/>
        <source>{weekday} &lt;b&gt;{day}&lt;/b&gt; · today</source>
        <translation>{weekday} &lt;b&gt;{day}&lt;/b&gt; · heute</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="110"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Entwurf behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="113"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="115"/>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="141"/>
        <source>&amp;Reload theirs</source>
        <translation>Andere Fassung &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="144"/>
        <source>&amp;Keep mine (overwrite)</source>
        <translation>&amp;Meine behalten (überschreiben)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../domain/enums.py" line="23"/>
        <source>More is better</source>
        <translation>Mehr ist besser</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="24"/>
        <source>Less is better</source>
        <translation>Weniger ist besser</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../../services/drafts.py" line="30"/>
        <source>The wizard has no such page or goal.</source>
        <translation>Diese Seite oder dieses Ziel gibt es im Assistenten nicht.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_report.py" line="104"/>
        <source>SmartGoals ran into a problem</source>
        <translation>In SmartGoals ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="111"/>
        <source>The details are also in {path}.</source>
        <translation>Die Details stehen auch in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="113"/>
        <source>The details could not be written to a log file.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="121"/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="124"/>
        <source>&amp;Show details</source>
        <translation>Details &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="127"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="145"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/error_report.py" line="76"/>
        <source>SmartGoals could not use a file: {reason}. Nothing you saved was lost.</source>
        <translation>SmartGoals konnte eine Datei nicht verwenden: {reason}. Nichts von dem, was Sie gespeichert haben, ist verloren gegangen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="80"/>
        <source>Your computer ran out of memory. Close other programs, then try again.</source>
        <translation>Der Arbeitsspeicher Ihres Computers ist voll. Schließen Sie andere Programme und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="86"/>
        <source>Something went wrong inside SmartGoals. What you saved is safe, and SmartGoals keeps running; if this happens again, please send the details to the people who make it.</source>
        <translation>In SmartGoals ist intern etwas schiefgegangen. Was Sie gespeichert haben, ist sicher, und SmartGoals läuft weiter; falls das noch einmal passiert, senden Sie die Details bitte an die Entwickler von SmartGoals.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../io/files.py" line="24"/>
        <source>{target} is a folder; give a file name such as {example}.</source>
        <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an, zum Beispiel {example}.</translation>
    </message>
    <message>
        <location filename="../../io/files.py" line="58"/>
        <source>Cannot write {target}: the folder {folder} does not exist.</source>
        <translation>{target} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../io/files.py" line="64"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>{target} kann nicht geschrieben werden: {detail}.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../io/exports/ga4.py" line="30"/>
        <source>a Google Analytics 4 export</source>
        <translation>ein Export aus Google Analytics 4</translation>
    </message>
    <message>
        <location filename="../../io/exports/ga4.py" line="42"/>
        <source>The rows are numbered “Nth day” but the file has no “# Start date” line to count from. Download the report again with its comment lines, or with a “Date” dimension.</source>
        <translation>Die Zeilen sind als „Nth day“ nummeriert, aber in der Datei fehlt die Zeile „# Start date“, ab der gezählt wird. Laden Sie den Bericht erneut mit seinen Kommentarzeilen herunter oder mit der Dimension „Date“.</translation>
    </message>
    <message>
        <location filename="../../io/exports/generic.py" line="34"/>
        <source>a CSV file saved by Excel with German settings</source>
        <translation>eine CSV-Datei, die Excel mit deutschen Einstellungen gespeichert hat</translation>
    </message>
    <message>
        <location filename="../../io/exports/linkedin.py" line="19"/>
        <source>a LinkedIn followers export (sheet “{sheet}”)</source>
        <translation>ein LinkedIn-Export der Follower (Blatt „{sheet}“)</translation>
    </message>
    <message>
        <location filename="../../io/exports/linkedin.py" line="27"/>
        <source>“Total followers” here is the number gained each day, not the follower count: choose “Running total of daily gains” and your follower count before the first day to import the count.</source>
        <translation>„Total followers“ ist hier die Zahl der täglich neu gewonnenen Follower, nicht die Gesamtzahl: Wählen Sie „Laufende Summe der täglichen Zuwächse“ und geben Sie Ihre Follower-Zahl vor dem ersten Tag an, um die Gesamtzahl zu importieren.</translation>
    </message>
    <message>
        <location filename="../../io/exports/linkedin.py" line="38"/>
        <source>a LinkedIn page analytics export (sheet “{sheet}”)</source>
        <translation>ein LinkedIn-Export der Seitenanalysen (Blatt „{sheet}“)</translation>
    </message>
    <message>
        <location filename="../../io/exports/mailchimp.py" line="18"/>
        <source>a Mailchimp audience export, one row per contact</source>
        <translation>ein Mailchimp-Export der Zielgruppe, eine Zeile je Kontakt</translation>
    </message>
    <message>
        <location filename="../../io/exports/meta.py" line="19"/>
        <source>The “Date” column says “Lifetime”: each post&apos;s figures are dated by its publish time.</source>
        <translation>In der Spalte „Date“ steht „Lifetime“: Die Zahlen jedes Beitrags werden auf seinen Veröffentlichungszeitpunkt datiert.</translation>
    </message>
    <message>
        <location filename="../../io/exports/meta.py" line="25"/>
        <source>a Meta content export, one row per post</source>
        <translation>ein Meta-Export der Inhalte, eine Zeile je Beitrag</translation>
    </message>
    <message>
        <location filename="../../io/exports/meta.py" line="37"/>
        <source>a Meta Business Suite export (“{title}”)</source>
        <translation>ein Export aus der Meta Business Suite („{title}“)</translation>
    </message>
    <message>
        <location filename="../../io/exports/meta.py" line="39"/>
        <source>a Meta Business Suite export</source>
        <translation>ein Export aus der Meta Business Suite</translation>
    </message>
    <message>
        <location filename="../../io/exports/tiktok.py" line="17"/>
        <source>a TikTok Studio overview export</source>
        <translation>ein Übersichtsexport aus TikTok Studio</translation>
    </message>
    <message>
        <location filename="../../io/exports/tiktok.py" line="24"/>
        <source>a TikTok Studio follower history export</source>
        <translation>ein Export des Follower-Verlaufs aus TikTok Studio</translation>
    </message>
    <message>
        <location filename="../../io/exports/x.py" line="23"/>
        <source>an X tweet activity export, one row per post</source>
        <translation>ein X-Export der Tweet-Aktivität, eine Zeile je Beitrag</translation>
    </message>
    <message>
        <location filename="../../io/exports/x.py" line="35"/>
        <source>an X account overview export, one row per day</source>
        <translation>ein X-Export der Kontoübersicht, eine Zeile je Tag</translation>
    </message>
    <message>
        <location filename="../../io/exports/x.py" line="41"/>
        <source>an X daily activity export, one row per day</source>
        <translation>ein X-Export der täglichen Aktivität, eine Zeile je Tag</translation>
    </message>
    <message>
        <location filename="../../io/exports/youtube.py" line="18"/>
        <source>a YouTube Studio “Table data” export, one row per video</source>
        <translation>ein Export der „Table data“ aus YouTube Studio, eine Zeile je Video</translation>
    </message>
    <message>
        <location filename="../../io/exports/youtube.py" line="22"/>
        <source>This is YouTube Studio&apos;s “Table data”: one row per video with its total, not one figure per day. Import “Totals.csv” from the same download (the daily totals), or “Chart data.csv” for the daily figures per video.</source>
        <translation>Das sind die „Table data“ aus YouTube Studio: eine Zeile je Video mit seiner Gesamtzahl, nicht eine Zahl pro Tag. Importieren Sie „Totals.csv“ aus demselben Download (die Tagessummen) oder „Chart data.csv“ für die täglichen Zahlen je Video.</translation>
    </message>
    <message>
        <location filename="../../io/exports/youtube.py" line="31"/>
        <source>a YouTube Studio “Chart data” export, one row per video per day</source>
        <translation>ein Export der „Chart data“ aus YouTube Studio, eine Zeile je Video und Tag</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <location filename="../../io/exports/dates.py" line="46"/>
        <location filename="../../io/exports/dates.py" line="52"/>
        <location filename="../../io/exports/dates.py" line="69"/>
        <source>date {date} does not exist</source>
        <translation>das Datum {date} gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../io/exports/dates.py" line="61"/>
        <source>the date cell says “{text}”</source>
        <translation>in der Datumszelle steht „{text}“</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="42"/>
        <source>row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="110"/>
        <source>The file has one table and no sheet named “{sheet}”.</source>
        <translation>Die Datei enthält nur eine Tabelle und kein Blatt namens „{sheet}“.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="115"/>
        <source>There is no sheet “{sheet}”; the file has {names}.</source>
        <translation>Es gibt kein Blatt „{sheet}“; die Datei enthält {names}.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="131"/>
        <source>No column of dates was found, so this is not a series of figures over time. Export the daily figures: one row per day (or per post) with its date.</source>
        <translation>Es wurde keine Datumsspalte gefunden, daher ist dies keine Zahlenreihe über einen Zeitraum. Exportieren Sie die täglichen Zahlen: eine Zeile je Tag (oder je Beitrag) mit Datum.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="179"/>
        <source>Choose the column that holds the dates.</source>
        <translation>Wählen Sie die Spalte mit den Datumsangaben.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="182"/>
        <source>Choose the column that holds the figures, or count the rows of each day.</source>
        <translation>Wählen Sie die Spalte mit den Zahlen oder zählen Sie die Zeilen jedes Tages.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="187"/>
        <source>The date and the value must come from two different columns.</source>
        <translation>Datum und Wert müssen aus zwei verschiedenen Spalten stammen.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="207"/>
        <source>There is no column “{name}”; the columns are {columns}.</source>
        <translation>Es gibt keine Spalte „{name}“; vorhanden sind die Spalten {columns}.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="262"/>
        <source>the row has no “{column}” cell</source>
        <translation>die Zeile hat keine Zelle „{column}“</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="289"/>
        <source>Dates are read day first (22/11/2026).</source>
        <translation>Datumsangaben werden mit dem Tag zuerst gelesen (22/11/2026).</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="291"/>
        <source>Dates are read month first (11/22/2026).</source>
        <translation>Datumsangaben werden mit dem Monat zuerst gelesen (11/22/2026).</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="321"/>
        <source>No row has a date and a figure SmartGoals can read in “{date}”; the reasons are listed below.</source>
        <translation>Keine Zeile enthält ein Datum in „{date}“ und eine Zahl, die SmartGoals lesen kann; die Gründe stehen unten.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="330"/>
        <source>the figure says “undefined”: the network left that day blank</source>
        <translation>die Zahl lautet „undefined“: Das Netzwerk hat diesen Tag leer gelassen</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="334"/>
        <source>“{text}” is not a number in this file&apos;s format (1.234,5)</source>
        <translation>„{text}“ ist keine Zahl im Format dieser Datei (1.234,5)</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="343"/>
        <source>the figure cannot be read</source>
        <translation>die Zahl kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="358"/>
        <source>“{text}” is not a day number</source>
        <translation>„{text}“ ist keine Tagesnummer</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="379"/>
        <source>The dates in “{column}” could be day/month (22/11/2026) or month/day (11/22/2026). Choose the date order.</source>
        <translation>Die Datumsangaben in „{column}“ können Tag/Monat (22/11/2026) oder Monat/Tag (11/22/2026) sein. Wählen Sie die Datumsreihenfolge.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="398"/>
        <source>date {date} has no year and cannot be placed</source>
        <translation>das Datum {date} hat keine Jahreszahl und kann nicht zugeordnet werden</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="408"/>
        <source>The dates have no year: they are placed in {years}, the most recent years that keep them in order and not in the future.</source>
        <translation>Die Datumsangaben haben keine Jahreszahl: Sie werden {years} zugeordnet, den jüngsten Jahren, in denen sie in der richtigen Reihenfolge und nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="426"/>
        <source>Each day&apos;s figure is the sum of that day&apos;s rows.</source>
        <translation>Die Zahl eines Tages ist die Summe seiner Zeilen.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="428"/>
        <source>Each day&apos;s figure is the number of rows with that date.</source>
        <translation>Die Zahl eines Tages ist die Anzahl der Zeilen mit diesem Datum.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="430"/>
        <source>Each day&apos;s figure is the running total of the daily gains, starting at {start}.</source>
        <translation>Die Zahl eines Tages ist die laufende Summe der täglichen Zuwächse, beginnend bei {start}.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="434"/>
        <source>Each day&apos;s figure is that day&apos;s row (the last one, if there are several).</source>
        <translation>Die Zahl eines Tages stammt aus seiner Zeile (bei mehreren aus der letzten).</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="443"/>
        <source>One day has more than one row: its last row is kept. Choose the sum to add them up.</source>
        <translation>Ein Tag hat mehr als eine Zeile: Seine letzte Zeile wird übernommen. Wählen Sie die Summe, um die Zeilen zu addieren.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="447"/>
        <source>{days} days have more than one row: the last row of each is kept. Choose the sum to add them up.</source>
        <translation>{days} Tage haben mehr als eine Zeile: Von jedem wird die letzte Zeile übernommen. Wählen Sie die Summe, um die Zeilen zu addieren.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="453"/>
        <source>One day has more than one row; its rows are combined as above.</source>
        <translation>Ein Tag hat mehr als eine Zeile; seine Zeilen werden wie oben zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../../io/exports/reader.py" line="454"/>
        <source>{days} days have more than one row; their rows are combined as above.</source>
        <translation>{days} Tage haben mehr als eine Zeile; ihre Zeilen werden wie oben zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="88"/>
        <source>{name} is {size} MB; SmartGoals reads files up to {limit} MB. Export a shorter period, or only the date and value columns.</source>
        <translation>{name} ist {size} MB groß; SmartGoals liest Dateien bis {limit} MB. Exportieren Sie einen kürzeren Zeitraum oder nur die Datums- und Wertspalten.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="97"/>
        <source>The file {name} does not exist.</source>
        <translation>Die Datei {name} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="101"/>
        <source>SmartGoals cannot read {name}: {detail}.</source>
        <translation>SmartGoals kann {name} nicht lesen: {detail}.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="115"/>
        <source>{name} is not a text file or a workbook; choose the CSV or Excel export of your analytics.</source>
        <translation>{name} ist weder eine Textdatei noch eine Arbeitsmappe; wählen Sie den CSV- oder Excel-Export Ihrer Statistiken.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="145"/>
        <source>{name} has only one column. The import needs a date column and a value column, separated by commas, semicolons or tabs.</source>
        <translation>{name} hat nur eine Spalte. Für den Import braucht es eine Datumsspalte und eine Wertspalte, getrennt durch Kommas, Semikolons oder Tabulatoren.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="154"/>
        <source>{name} has a header row but no rows of figures under it.</source>
        <translation>{name} hat eine Kopfzeile, aber darunter keine Zeilen mit Zahlen.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="164"/>
        <source>{name} is empty: there are no rows to import.</source>
        <translation>{name} ist leer: Es gibt keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="263"/>
        <source>Table {number}</source>
        <translation>Tabelle {number}</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="285"/>
        <source>{name} looks like an Excel workbook but cannot be read ({detail}). Save it again from your spreadsheet as .xlsx, or export the analytics again.</source>
        <translation>{name} sieht aus wie eine Excel-Arbeitsmappe, kann aber nicht gelesen werden ({detail}). Speichern Sie die Datei in Ihrer Tabellenkalkulation erneut als .xlsx oder exportieren Sie die Statistiken noch einmal.</translation>
    </message>
    <message>
        <location filename="../../io/exports/source.py" line="299"/>
        <source>{name} is a workbook with no filled sheet.</source>
        <translation>{name} ist eine Arbeitsmappe ohne ausgefülltes Blatt.</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../ui/wizard/export_summary.py" line="20"/>
        <source>Looks like {format}.</source>
        <translation>Sieht aus wie {format}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard/export_summary.py" line="23"/>
        <source>%Ln day(s) from {first} to {last}; today&apos;s value is the figure of {last}.</source>
        <translation>
            <numerusform>%Ln Tag vom {first} bis {last}; der heutige Wert ist die Zahl vom {last}.</numerusform>
            <numerusform>%Ln Tage vom {first} bis {last}; der heutige Wert ist die Zahl vom {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard/export_summary.py" line="28"/>
        <source>The days are saved with the goal as its history, for the Attainable check.</source>
        <translation>Die Tage werden als Verlauf mit dem Ziel gespeichert, für die Erreichbarkeitsprüfung.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/export_summary.py" line="30"/>
        <source>The Attainable check compares the targets with them.</source>
        <translation>Die Erreichbarkeitsprüfung vergleicht Richtwert und Wunschziel damit.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="50"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="114"/>
        <source>{amount} more each week</source>
        <translation>{amount} mehr pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="115"/>
        <source>{amount} less each week</source>
        <translation>{amount} weniger pro Woche</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="57"/>
        <source>SMART: {letters}</source>
        <translation>SMART: {letters}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="63"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="123"/>
        <source>Log check-in…</source>
        <translation>Check-in erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="148"/>
        <source>&amp;Raise the target…</source>
        <translation>Ziel&amp;wert erhöhen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="169"/>
        <source>Drawing the chart…</source>
        <translation>Das Diagramm wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="199"/>
        <source>&amp;Chart and summary</source>
        <translation>&amp;Diagramm und Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="200"/>
        <source>&amp;Measurements table</source>
        <translation>&amp;Messwerttabelle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="291"/>
        <source>&lt;i&gt;not written yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;noch nicht aufgeschrieben&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/detail.py" line="292"/>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Warum es zählt:&lt;/b&gt; {why}</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="40"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="41"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="42"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="43"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="45"/>
        <source>To benchmark</source>
        <translation>Zum Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="46"/>
        <source>To stretch</source>
        <translation>Zum Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="47"/>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="70"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="87"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="78"/>
        <source>(no strategy)</source>
        <translation>(keine Strategie)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="79"/>
        <source>Strategy: {strategy}</source>
        <translation>Strategie: {strategy}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="81"/>
        <source>Archived · {status}</source>
        <translation>Archiviert · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="80"/>
        <source>{title} (archived)</source>
        <translation>{title} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/goal_list.py" line="316"/>
        <source>{shown} of {total} goals</source>
        <translation>{shown} von {total} Zielen</translation>
    </message>
</context>
<context>
    <name>GoalService</name>
    <message>
        <location filename="../../services/goals.py" line="91"/>
        <source>That strategy no longer exists.</source>
        <translation>Diese Strategie gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/goals.py" line="97"/>
        <source>That strategy belongs to another workspace: choose one of this workspace&apos;s strategies, or write a new one.</source>
        <translation>Diese Strategie gehört zu einem anderen Arbeitsbereich: Wählen Sie eine Strategie dieses Arbeitsbereichs oder schreiben Sie eine neue.</translation>
    </message>
    <message>
        <location filename="../../services/goals.py" line="144"/>
        <source>The open workspace no longer exists, or you are no longer a member of it: choose another one in the Workspace menu.</source>
        <translation>Der geöffnete Arbeitsbereich existiert nicht mehr, oder Sie sind kein Mitglied mehr: Wählen Sie im Menü „Arbeitsbereich“ einen anderen.</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="82"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="84"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="138"/>
        <source>Your typing could not be kept for later</source>
        <translation>Ihre Eingaben konnten nicht für später aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="172"/>
        <location filename="../../ui/wizard/wizard.py" line="214"/>
        <source>The goal cannot be saved yet</source>
        <translation>Das Ziel kann noch nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="184"/>
        <source>The past figures were not saved</source>
        <translation>Die früheren Zahlen wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="185"/>
        <source>The goal is saved; its past figures from the export are not: {reason}</source>
        <translation>Das Ziel ist gespeichert, seine früheren Zahlen aus dem Export jedoch nicht: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="237"/>
        <source>Keep this goal for later?</source>
        <translation>Dieses Ziel für später aufheben?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="238"/>
        <source>Keep the draft to carry on next time, or discard what you typed (the saved goal stays as it was).</source>
        <translation>Behalten Sie den Entwurf, um beim nächsten Mal weiterzumachen, oder verwerfen Sie Ihre Eingaben (das gespeicherte Ziel bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="244"/>
        <source>Keep the draft to carry on next time, or discard what you typed.</source>
        <translation>Behalten Sie den Entwurf, um beim nächsten Mal weiterzumachen, oder verwerfen Sie Ihre Eingaben.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="263"/>
        <source>The draft was not discarded</source>
        <translation>Der Entwurf wurde nicht verworfen</translation>
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
    <name>History</name>
    <message>
        <location filename="../../ui/history/wording.py" line="45"/>
        <source>Logged {value} for {day}</source>
        <translation>{value} für den {day} erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="49"/>
        <source>Changed the figure for {day} to {value}</source>
        <translation>Den Wert vom {day} auf {value} geändert</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="52"/>
        <source>Deleted the figure {value} of {day}</source>
        <translation>Den Wert {value} vom {day} gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="58"/>
        <source>Created the goal “{title}”</source>
        <translation>Das Ziel „{title}“ angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="60"/>
        <source>Deleted the goal “{title}”</source>
        <translation>Das Ziel „{title}“ gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="62"/>
        <source>Archived the goal “{title}”</source>
        <translation>Das Ziel „{title}“ archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="64"/>
        <source>Unarchived the goal “{title}”</source>
        <translation>Das Ziel „{title}“ aus dem Archiv geholt</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="65"/>
        <source>Changed the goal “{title}”</source>
        <translation>Das Ziel „{title}“ geändert</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="69"/>
        <source>Added the task “{title}”</source>
        <translation>Die Aufgabe „{title}“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="71"/>
        <source>Changed the task “{title}”</source>
        <translation>Die Aufgabe „{title}“ geändert</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="72"/>
        <source>Deleted the task “{title}”</source>
        <translation>Die Aufgabe „{title}“ gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="76"/>
        <source>Took back the mark of “{task}” on {day}</source>
        <translation>Die Markierung von „{task}“ am {day} zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="80"/>
        <source>Skipped “{task}” on {day}</source>
        <translation>„{task}“ am {day} ausgelassen</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="83"/>
        <source>Marked “{task}” done on {day}</source>
        <translation>„{task}“ am {day} als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="88"/>
        <source>Deleted a review</source>
        <translation>Einen Rückblick gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="93"/>
        <source>Reviewed the goal: {outcome}</source>
        <translation>Rückblick auf das Ziel: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="95"/>
        <source>New targets: benchmark {benchmark}, stretch {stretch}</source>
        <translation>Neue Zielwerte: Richtwert {benchmark}, Wunschziel {stretch}</translation>
    </message>
    <message>
        <location filename="../../ui/history/wording.py" line="98"/>
        <source>Changed a record of the targets</source>
        <translation>Einen Eintrag der Zielwerte geändert</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <location filename="../../ui/history/action.py" line="28"/>
        <source>Who changed the chosen goal, and when</source>
        <translation>Wer das gewählte Ziel wann geändert hat</translation>
    </message>
    <message>
        <location filename="../../ui/history/action.py" line="29"/>
        <source>Goal histor&amp;y…</source>
        <translation>&amp;Verlauf des Ziels…</translation>
    </message>
    <message>
        <location filename="../../ui/history/action.py" line="38"/>
        <source>Histor&amp;y…</source>
        <translation>Verla&amp;uf…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history/dialog.py" line="99"/>
        <source>History of “{title}”</source>
        <translation>Verlauf von „{title}“</translation>
    </message>
    <message>
        <location filename="../../ui/history/dialog.py" line="116"/>
        <source>No changes recorded for this goal yet.</source>
        <translation>Für dieses Ziel sind noch keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <location filename="../../ui/history/dialog.py" line="119"/>
        <source>Every change to this goal, its figures, tasks and reviews, newest first.</source>
        <translation>Jede Änderung an diesem Ziel, seinen Werten, Aufgaben und Rückblicken, die neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history/dialog.py" line="56"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/history/dialog.py" line="56"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/history/dialog.py" line="56"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="39"/>
        <source>Import past figures</source>
        <translation>Frühere Zahlen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Import past figures — {goal}</source>
        <translation>Frühere Zahlen importieren — {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="40"/>
        <source>Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Statistik-Exporte (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="83"/>
        <source>Read the past figures of &lt;b&gt;{goal}&lt;/b&gt; ({unit}) from an analytics export (CSV or Excel): X, YouTube Studio, Meta, LinkedIn, TikTok, Google Analytics, Mailchimp, or any table with a column of dates. They show the trend so far next to your check-ins.</source>
        <translation>Lesen Sie die früheren Zahlen von &lt;b&gt;{goal}&lt;/b&gt; ({unit}) aus einem Statistik-Export (CSV oder Excel) ein: X, YouTube Studio, Meta, LinkedIn, TikTok, Google Analytics, Mailchimp oder jede Tabelle mit einer Datumsspalte. Sie zeigen den bisherigen Verlauf neben Ihren Check-ins.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="93"/>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="91"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>&amp;Choose file…</source>
        <translation>Datei aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Choose file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="105"/>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="86"/>
        <source>How the rows of one day make its figure</source>
        <translation>Wie aus den Zeilen eines Tages seine Zahl wird</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="97"/>
        <source>Figure before the first day</source>
        <translation>Zahl vor dem ersten Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="102"/>
        <source>For a running total: the figure on the day before the file&apos;s first day.</source>
        <translation>Für eine laufende Summe: die Zahl am Tag vor dem ersten Tag der Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="109"/>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="110"/>
        <source>Value column</source>
        <translation>Wertespalte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="110"/>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="111"/>
        <source>Decide from the column</source>
        <translation>Aus der Spalte erkennen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="112"/>
        <source>Day first (22/11/2026)</source>
        <translation>Tag zuerst (22/11/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="114"/>
        <source>Month first (11/22/2026)</source>
        <translation>Monat zuerst (11/22/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="152"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="158"/>
        <source>Figure of each day</source>
        <translation>Zahl je Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="163"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="164"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="174"/>
        <source>Rows at fault</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="122"/>
        <source>&amp;Replace figures already logged on the same day</source>
        <translation>Am selben Tag bereits erfasste Zahlen &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="125"/>
        <source>Replace figures already logged on the same day</source>
        <translation>Am selben Tag bereits erfasste Zahlen ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="128"/>
        <source>On: an imported figure takes the place of any check-in of this goal on that day. Off: days that already have a figure are left as they are.</source>
        <translation>Ein: Eine importierte Zahl ersetzt jeden Check-in dieses Ziels am selben Tag. Aus: Tage, die schon eine Zahl haben, bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="125"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="129"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="138"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="139"/>
        <source>&amp;Date column:</source>
        <translation>Da&amp;tumsspalte:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="140"/>
        <source>&amp;Value column:</source>
        <translation>Werte&amp;spalte:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="141"/>
        <source>Date &amp;order:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>Rows of one day &amp;make:</source>
        <translation>Zeilen eines Tages er&amp;geben:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="143"/>
        <source>Running total &amp;before the first day:</source>
        <translation>Laufende Summe &amp;vor dem ersten Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="151"/>
        <source>First ro&amp;ws of the file:</source>
        <translation>Erste &amp;Zeilen der Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="155"/>
        <source>Figure of each da&amp;y:</source>
        <translation>Za&amp;hl je Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="157"/>
        <source>Rows at fa&amp;ult (left out):</source>
        <translation>&amp;Fehlerhafte Zeilen (nicht übernommen):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="263"/>
        <source>Looks like {format}.</source>
        <translation>Sieht aus wie {format}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>A table with a column of dates; choose the columns to read.</source>
        <translation>Eine Tabelle mit einer Datumsspalte; wählen Sie die Spalten, die gelesen werden sollen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="316"/>
        <source>… and {count} more rows</source>
        <translation>… und {count} weitere Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="355"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="368"/>
        <source>Nothing was imported. {reason}</source>
        <translation>Es wurde nichts importiert. {reason}</translation>
    </message>
</context>
<context>
    <name>ImportFigures</name>
    <message>
        <location filename="../../cli.py" line="277"/>
        <source>Give --goal ID to save the figures, or --dry-run to only read them.</source>
        <translation>Geben Sie --goal ID an, um die Zahlen zu speichern, oder --dry-run, um sie nur zu lesen.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="296"/>
        <source>No figures were read.</source>
        <translation>Es wurden keine Zahlen gelesen.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="313"/>
        <source>No SmartGoals database at {path}; nothing imported.</source>
        <translation>Keine SmartGoals-Datenbank unter {path}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="353"/>
        <source>Looks like {format}.</source>
        <translation>Sieht aus wie {format}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="355"/>
        <source>A table with a column of dates.</source>
        <translation>Eine Tabelle mit einer Datumsspalte.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="358"/>
        <source>Days: {count}, from {first} to {last}; dates from “{dates}”, figures from “{values}”, combined by {rule}.</source>
        <translation>Tage: {count}, vom {first} bis {last}; Daten aus „{dates}“, Zahlen aus „{values}“, zusammengefasst nach {rule}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="379"/>
        <source>Saved to goal {goal}. Days: {count}.</source>
        <translation>In Ziel {goal} gespeichert. Tage: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_parts.py" line="69"/>
        <source>&amp;Import %Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag &amp;importieren</numerusform>
            <numerusform>%Ln Tage &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_parts.py" line="69"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_parts.py" line="76"/>
        <source>%Ln day(s) ready to import, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln Tag bereit zum Importieren, von {first} bis {last}.</numerusform>
            <numerusform>%Ln Tage bereit zum Importieren, von {first} bis {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>You have an unfinished goal.</source>
        <translation>Sie haben ein Ziel noch nicht fertig eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Open the wizard where you left the new goal</source>
        <translation>Den Assistenten dort öffnen, wo Sie beim neuen Ziel aufgehört haben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>G&amp;oals</source>
        <translation>Zie&amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>P&amp;lan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>Dat&amp;ei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Set up a new SMART goal</source>
        <translation>Ein neues SMART-Ziel einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Edit goal…</source>
        <translation>Ziel &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Change the chosen goal</source>
        <translation>Das ausgewählte Ziel ändern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Log check-in…</source>
        <translation>&amp;Check-in erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Record this period&apos;s figure</source>
        <translation>Die Zahl für diesen Zeitraum erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Import past figures…</source>
        <translation>&amp;Frühere Zahlen importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Read the chosen goal&apos;s past figures from an analytics export (CSV) to show the trend so far</source>
        <translation>Frühere Zahlen des ausgewählten Ziels aus einem Analytics-Export (CSV) einlesen, um den bisherigen Verlauf zu zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>E&amp;xport chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Das Diagramm als PNG-Bild oder SVG-Grafik speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Archive goal</source>
        <translation>Ziel &amp;archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Set the chosen goal aside; it stays under All goals and can be unarchived</source>
        <translation>Das ausgewählte Ziel beiseitelegen; es bleibt unter „Alle Ziele“ sichtbar und lässt sich wieder aus dem Archiv holen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Delete goal…</source>
        <translation>Ziel &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Delete the chosen goal with its measurements and tasks</source>
        <translation>Das ausgewählte Ziel mit seinen Messwerten und Aufgaben löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Close SmartGoals; everything is saved already</source>
        <translation>SmartGoals schließen; alles ist bereits gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Un&amp;archive goal</source>
        <translation>Archivierung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>The goal could not be opened</source>
        <translation>Das Ziel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>The goal was not archived</source>
        <translation>Das Ziel wurde nicht archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>The goal was not unarchived</source>
        <translation>Das Ziel wurde nicht aus dem Archiv geholt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Archived, under All goals (Goal ▸ Unarchive brings it back): “{title}”</source>
        <translation>Archiviert, unter „Alle Ziele“ (Ziel ▸ Archivierung aufheben holt es zurück): „{title}“</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>“{title}” is active again.</source>
        <translation>„{title}“ ist wieder aktiv.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>The goal was not deleted</source>
        <translation>Das Ziel wurde nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Delete the goal “{title}”?

Its {measurements} and {tasks} are deleted with it. This cannot be undone; Archive sets a goal aside instead.</source>
        <translation>Das Ziel „{title}“ löschen?

Dabei werden auch {measurements} und {tasks} gelöscht. Das lässt sich nicht rückgängig machen; mit „Archivieren“ legen Sie ein Ziel stattdessen beiseite.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>{status} · as of {day}</source>
        <translation>{status} · Stand {day}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Could not export the chart</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Chart saved to {path}</source>
        <translation>Diagramm gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>MeasurementService</name>
    <message>
        <location filename="../../services/measurements.py" line="33"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="38"/>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/measurements.py" line="283"/>
        <source>Row {row} ({day}): {message}</source>
        <translation>Zeile {row} ({day}): {message}</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="40"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="41"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="42"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="164"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="178"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="180"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="186"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="191"/>
        <source>Delete measurement</source>
        <translation>Messwert löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="194"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="200"/>
        <source>Delete the chosen measurement (Delete)</source>
        <translation>Den ausgewählten Messwert löschen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/measurement_table.py" line="201"/>
        <source>Bring the deleted measurement back (Ctrl+Z)</source>
        <translation>Den gelöschten Messwert zurückholen (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/plan/month_view.py" line="134"/>
        <source>{mark} Check-in: {goal} ({state})</source>
        <translation>{mark} Check-in: {goal} ({state})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/month_view.py" line="142"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln Ziel</numerusform>
            <numerusform>%Ln Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="144"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="78"/>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="80"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/plan/month_view.py" line="173"/>
        <source>{date} (click to open its week)</source>
        <translation>{date} (klicken, um die Woche zu öffnen)</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../domain/dates.py" line="67"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="68"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="69"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="70"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="71"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="72"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="73"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="74"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="75"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="76"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="77"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="78"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>MonthsShort</name>
    <message>
        <location filename="../../domain/dates.py" line="82"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="83"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="84"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="85"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="86"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="87"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="88"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="89"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="90"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="91"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="92"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../domain/dates.py" line="93"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
</context>
<context>
    <name>NameInSentence</name>
    <message>
        <location filename="../../domain/text.py" line="146"/>
        <source>lower case</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <location filename="../../ui/plan/cards.py" line="95"/>
        <source>Goal: {goal}</source>
        <translation>Ziel: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="99"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="112"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="111"/>
        <source>Tick it done</source>
        <translation>Als erledigt abhaken</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="111"/>
        <source>Tick it done early</source>
        <translation>Schon jetzt abhaken</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="115"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="115"/>
        <source>Skip this time, with an optional note</source>
        <translation>Diesmal auslassen, optional mit einer Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="119"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/plan/cards.py" line="119"/>
        <source>Untick: back to open</source>
        <translation>Haken entfernen: wieder offen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="227"/>
        <source>You may only read here</source>
        <translation>Hier dürfen Sie nur lesen</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="228"/>
        <source>You are a viewer of this database: you may read its goals and plans but not change them. To change them, ask its administrator to make you an editor.</source>
        <translation>Sie sind Betrachter dieser Datenbank: Sie dürfen ihre Ziele und Pläne lesen, aber nicht ändern. Bitten Sie die Administration, Sie zum Bearbeiter zu machen, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="294"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="310"/>
        <source>That goal was deleted meanwhile.</source>
        <translation>Dieses Ziel wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="311"/>
        <source>That check-in was deleted meanwhile.</source>
        <translation>Dieser Check-in wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="312"/>
        <source>That task was deleted meanwhile.</source>
        <translation>Diese Aufgabe wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="313"/>
        <source>That workspace is gone, or you are no longer a member of it.</source>
        <translation>Dieser Arbeitsbereich existiert nicht mehr, oder Sie sind kein Mitglied mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="317"/>
        <source>That was deleted meanwhile.</source>
        <translation>Das wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>PlanItem</name>
    <message>
        <location filename="../../ui/plan/items.py" line="42"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="43"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="44"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="45"/>
        <source>To do today</source>
        <translation>Heute zu erledigen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="46"/>
        <location filename="../../ui/plan/items.py" line="48"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="47"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="49"/>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="50"/>
        <source>Not logged</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="56"/>
        <location filename="../../ui/plan/items.py" line="69"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="57"/>
        <location filename="../../ui/plan/items.py" line="70"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="58"/>
        <location filename="../../ui/plan/items.py" line="71"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="59"/>
        <source>to do today</source>
        <translation>heute zu erledigen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="60"/>
        <location filename="../../ui/plan/items.py" line="62"/>
        <location filename="../../ui/plan/items.py" line="73"/>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="61"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="63"/>
        <location filename="../../ui/plan/items.py" line="76"/>
        <source>logged</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="64"/>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="72"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="74"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="75"/>
        <source>upcoming check-in</source>
        <translation>anstehender Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/plan/items.py" line="77"/>
        <source>check-in missed</source>
        <translation>Check-in verpasst</translation>
    </message>
</context>
<context>
    <name>PlanMenu</name>
    <message>
        <location filename="../../ui/app.py" line="236"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/wizard/plan.py" line="44"/>
        <source>Break the goal into recurring work on your calendar.</source>
        <translation>Teilen Sie das Ziel in regelmäßige Arbeit in Ihrem Kalender auf.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="46"/>
        <source>Break the goal into recurring work on your calendar; one task is suggested to start.</source>
        <translation>Teilen Sie das Ziel in regelmäßige Arbeit in Ihrem Kalender auf; für den Anfang wird eine Aufgabe vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="50"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="51"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="52"/>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="53"/>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="54"/>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="57"/>
        <source>Break the goal into recurring work on your calendar; {count} tasks are suggested to start.</source>
        <translation>Teilen Sie das Ziel in regelmäßige Arbeit in Ihrem Kalender auf; für den Anfang werden {count} Aufgaben vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="67"/>
        <source>A plan of scheduled tasks</source>
        <translation>Ein Plan mit festen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="76"/>
        <source>&amp;Add a task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="343"/>
        <source>time or length not readable yet</source>
        <translation>Uhrzeit oder Dauer noch nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="360"/>
        <source>Budget per &amp;month ({currency})</source>
        <translation>Budget pro &amp;Monat ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="84"/>
        <source>Ta&amp;sks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="89"/>
        <source>Task t&amp;itle</source>
        <translation>&amp;Titel der Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="104"/>
        <source>Starts a&amp;t</source>
        <translation>&amp;Beginnt um</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="110"/>
        <source>&amp;Length in minutes</source>
        <translation>&amp;Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="121"/>
        <source>Check-in &amp;cadence</source>
        <translation>&amp;Check-in-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="124"/>
        <source>How often you read the figure again, to adjust the plan on the way.</source>
        <translation>Wie oft Sie den Wert erneut ablesen, um den Plan unterwegs anzupassen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="129"/>
        <location filename="../../ui/wizard/plan.py" line="137"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="359"/>
        <source>Budget per &amp;month</source>
        <translation>Budget pro &amp;Monat</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="140"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Stunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="78"/>
        <source>&amp;Remove this task</source>
        <translation>Diese Aufgabe &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="96"/>
        <source>Re&amp;peats</source>
        <translation>Wiederh&amp;olung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="102"/>
        <source>for example 09:00</source>
        <translation>zum Beispiel 09:00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="143"/>
        <source>The tools may be free; the time and money are not.</source>
        <translation>Die Tools mögen kostenlos sein, Zeit und Geld sind es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="185"/>
        <source>repeat not set</source>
        <translation>Rhythmus nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="186"/>
        <source>(no title yet)</source>
        <translation>(noch kein Titel)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="187"/>
        <source>{title}: {when}</source>
        <translation>{title}: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="307"/>
        <source>Give the length in whole minutes.</source>
        <translation>Geben Sie die Dauer in ganzen Minuten an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/plan.py" line="330"/>
        <source>Task {number}: Tick at least one day.</source>
        <translation>Aufgabe {number}: Haken Sie mindestens einen Tag an.</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <location filename="../../services/plan.py" line="271"/>
        <source>Say from which day the task starts.</source>
        <translation>Geben Sie an, ab welchem Tag die Aufgabe beginnt.</translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="275"/>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="575"/>
        <source>Repeat rule not readable ({reason}): edit the task to mend it.</source>
        <translation>Wiederholungsregel nicht lesbar ({reason}): Bearbeiten Sie die Aufgabe, um die Regel zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/plan/controller.py" line="110"/>
        <source>Skip this time</source>
        <translation>Diesmal auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="117"/>
        <source>Skip “{title}”.
Why? (optional, helps at the review)</source>
        <translation>„{title}“ auslassen.
Warum? (optional, hilft beim Rückblick)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="112"/>
        <source>Export plan to calendar</source>
        <translation>Plan in Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="113"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="89"/>
        <source>Previous week (month)</source>
        <translation>Vorherige Woche (Monat)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="90"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="94"/>
        <source>Next week (month)</source>
        <translation>Nächste Woche (Monat)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="107"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="108"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="114"/>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="116"/>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_view.py" line="119"/>
        <source>Export plan to calendar (.ics): import it in Google, Outlook, Apple or Thunderbird</source>
        <translation>Plan als Kalenderdatei (.ics) exportieren: zum Importieren in Google, Outlook, Apple oder Thunderbird</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="201"/>
        <source>Week of {period}</source>
        <translation>Woche: {period}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="84"/>
        <source>paused · {when}</source>
        <translation>pausiert · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="86"/>
        <source>ended · {when}</source>
        <translation>beendet · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="105"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="108"/>
        <source>Add a task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="109"/>
        <source>Create a goal first: every task in the plan serves a goal.</source>
        <translation>Legen Sie zuerst ein Ziel an: Jede Aufgabe im Plan dient einem Ziel.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="106"/>
        <source>Could not add the task</source>
        <translation>Die Aufgabe konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="107"/>
        <source>Could not save the task</source>
        <translation>Die Aufgabe konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="111"/>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/controller.py" line="121"/>
        <source>Delete “{title}” and everything ticked for it?

To stop it for a while and keep its history, choose Pause instead.</source>
        <translation>„{title}“ und alles, was dafür abgehakt wurde, löschen?

Wenn Sie die Aufgabe nur eine Weile anhalten und ihren Verlauf behalten möchten, wählen Sie stattdessen „Pausieren“.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions.py" line="30"/>
        <source>Saved {tasks} and the check-ins of {goals} to {path} (times in {zone}).

Import the file in your calendar; importing it again later updates the same events instead of adding copies.</source>
        <translation>{tasks} und die Check-ins von {goals} in {path} gespeichert (Zeiten in {zone}).

Importieren Sie die Datei in Ihren Kalender; ein erneuter Import aktualisiert später dieselben Termine, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions.py" line="45"/>
        <source>Export plan to &amp;calendar (.ics)…</source>
        <translation>Plan in &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions.py" line="48"/>
        <source>Write the plan&apos;s tasks and check-ins to a calendar file; importing it again updates them</source>
        <translation>Die Aufgaben und Check-ins des Plans in eine Kalenderdatei schreiben; ein erneuter Import aktualisiert sie</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../ui/portfolio/action.py" line="39"/>
        <source>Por&amp;tfolio</source>
        <translation>Portf&amp;olio</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/action.py" line="42"/>
        <source>All goals at a glance</source>
        <translation>Alle Ziele auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/action.py" line="61"/>
        <source>All goals at a &amp;glance</source>
        <translation>Alle Ziele a&amp;uf einen Blick</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/action.py" line="65"/>
        <source>Every active goal with a small chart, what needs attention first</source>
        <translation>Jedes aktive Ziel mit einem kleinen Diagramm, was Aufmerksamkeit braucht zuerst</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/portfolio/view.py" line="112"/>
        <source>Needs attention first. Enter or a click opens a goal on the dashboard.</source>
        <translation>Was Aufmerksamkeit braucht, zuerst. Eingabetaste oder ein Klick öffnet ein Ziel in der Übersicht.</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="121"/>
        <source>Active goals</source>
        <translation>Aktive Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="137"/>
        <source>No active goals. Set one up with Goal ▸ New goal… (Ctrl+N).</source>
        <translation>Keine aktiven Ziele. Legen Sie eines an mit Ziel ▸ Neues Ziel… (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="161"/>
        <source>Active goals: {count} · needing attention: {attention}</source>
        <translation>Aktive Ziele: {count} · brauchen Aufmerksamkeit: {attention}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="205"/>
        <source>your figures</source>
        <translation>Ihre Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="206"/>
        <source>road to the benchmark</source>
        <translation>Weg zum Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="207"/>
        <source>road to the stretch</source>
        <translation>Weg zum Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="208"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="219"/>
        <source>{status} · {latest}</source>
        <translation>{status} · {latest}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="222"/>
        <source>Next check-in: {day}</source>
        <translation>Nächster Check-in: {day}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="42"/>
        <source>Ahead of the benchmark road</source>
        <translation>Dem Weg zum Richtwert voraus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="53"/>
        <source>Progress chart</source>
        <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="121"/>
        <location filename="../../ui/report/chart.py" line="237"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="125"/>
        <location filename="../../ui/report/chart.py" line="238"/>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="127"/>
        <location filename="../../ui/report/chart.py" line="241"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="133"/>
        <location filename="../../ui/report/chart.py" line="133"/>
        <source>Benchmark road</source>
        <translation>Weg zum Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="135"/>
        <location filename="../../ui/report/chart.py" line="134"/>
        <source>Stretch road</source>
        <translation>Weg zum Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="154"/>
        <location filename="../../ui/report/chart.py" line="138"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="156"/>
        <location filename="../../ui/report/chart.py" line="132"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="170"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="179"/>
        <source>Final figure</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="188"/>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/plan/actions.py" line="71"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../services/plan.py" line="93"/>
        <source>{task} now</source>
        <translation>{task} jetzt</translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="95"/>
        <source>{task} in {minutes} min</source>
        <translation>{task} in {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="116"/>
        <source>Check-in due</source>
        <translation>Check-in fällig</translation>
    </message>
    <message>
        <location filename="../../services/plan.py" line="117"/>
        <source>Log this period&apos;s figure for “{goal}”.</source>
        <translation>Erfassen Sie die Zahl dieses Zeitraums für „{goal}“.</translation>
    </message>
</context>
<context>
    <name>RepeatForm</name>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="35"/>
        <source>the first</source>
        <translation>am ersten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="36"/>
        <source>the second</source>
        <translation>am zweiten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="37"/>
        <source>the third</source>
        <translation>am dritten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="38"/>
        <source>the fourth</source>
        <translation>am vierten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="39"/>
        <source>the last</source>
        <translation>am letzten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="56"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="57"/>
        <source>Every week, on the days ticked</source>
        <translation>Jede Woche, an den angekreuzten Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="58"/>
        <source>Every month, on a date</source>
        <translation>Monatlich, an einem Datum</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="59"/>
        <source>Every month, on a weekday</source>
        <translation>Monatlich, an einem Wochentag</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="60"/>
        <location filename="../../ui/plan/repeat_form.py" line="115"/>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="65"/>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="69"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="92"/>
        <source>on day </source>
        <translation>am Tag </translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="93"/>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="198"/>
        <source>Tick at least one day of the week.</source>
        <translation>Haken Sie mindestens einen Wochentag an.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="225"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="225"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="226"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="226"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="227"/>
        <location filename="../../ui/plan/repeat_form.py" line="228"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/plan/repeat_form.py" line="227"/>
        <location filename="../../ui/plan/repeat_form.py" line="228"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/action.py" line="236"/>
        <location filename="../../ui/report/document.py" line="111"/>
        <location filename="../../ui/report/pdf.py" line="138"/>
        <source>SmartGoals progress report</source>
        <translation>SmartGoals-Fortschrittsbericht</translation>
    </message>
    <message>
        <location filename="../../ui/report/command.py" line="76"/>
        <source>No SmartGoals database at {path}; no report written.</source>
        <translation>Keine SmartGoals-Datenbank unter {path}; es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/report/command.py" line="104"/>
        <source>Wrote the report to {path}. Goals in it: {goals}; pages: {pages}.</source>
        <translation>Bericht in {path} geschrieben. Enthaltene Ziele: {goals}; Seiten: {pages}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/command.py" line="115"/>
        <source>  goal {id} (strategy {strategy}): {title}</source>
        <translation>  Ziel {id} (Strategie {strategy}): {title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/content.py" line="105"/>
        <source>There are no goals to report on yet.</source>
        <translation>Es gibt noch keine Ziele für einen Bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/report/content.py" line="112"/>
        <source>There is no goal with id {id}.</source>
        <translation>Es gibt kein Ziel mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/content.py" line="118"/>
        <source>There is no strategy with id {id}, or it has no goals.</source>
        <translation>Es gibt keine Strategie mit der ID {id}, oder sie hat keine Ziele.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="116"/>
        <source>Made on {day}. Goals in this report: {count}.</source>
        <translation>Erstellt am {day}. Ziele in diesem Bericht: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="125"/>
        <source>Strategy: {statement}</source>
        <translation>Strategie: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="144"/>
        <source>{metric} on {network} (archived)</source>
        <translation>{metric} auf {network} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="146"/>
        <source>{metric} on {network}</source>
        <translation>{metric} auf {network}</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="150"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="153"/>
        <source>Not written yet.</source>
        <translation>Noch nicht ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="156"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="176"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="179"/>
        <source>Reviewed on</source>
        <translation>Rückblick vom</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="180"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="182"/>
        <source>Final figure</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="183"/>
        <source>{value} on {day}</source>
        <translation>{value} am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="190"/>
        <source>What worked</source>
        <translation>Was funktioniert hat</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="192"/>
        <source>What did not work</source>
        <translation>Was nicht funktioniert hat</translation>
    </message>
    <message>
        <location filename="../../ui/report/document.py" line="193"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/report/pdf.py" line="72"/>
        <source>Made with SmartGoals on {day}</source>
        <translation>Erstellt mit SmartGoals am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/report/pdf.py" line="77"/>
        <source>The report could not be drawn on this printer or file.</source>
        <translation>Der Bericht konnte auf diesem Drucker bzw. in dieser Datei nicht ausgegeben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/report/pdf.py" line="90"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/report/pdf.py" line="151"/>
        <source>Could not write the report to {path}: {reason}</source>
        <translation>Der Bericht konnte nicht in {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../../ui/report/action.py" line="171"/>
        <location filename="../../ui/report/action.py" line="213"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="215"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="155"/>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="157"/>
        <source>Save a PDF report of this goal, its strategy or all goals to share, or print it</source>
        <translation>Einen PDF-Bericht zu diesem Ziel, seiner Strategie oder allen Zielen speichern, um ihn weiterzugeben, oder ihn drucken</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="172"/>
        <source>There are no goals to report on yet.</source>
        <translation>Es gibt noch keine Ziele für einen Bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="197"/>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="226"/>
        <source>Report saved to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report/action.py" line="68"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="71"/>
        <source>Which goals go into the report?</source>
        <translation>Welche Ziele sollen in den Bericht?</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="74"/>
        <source>&amp;All goals ({count})</source>
        <translation>&amp;Alle Ziele ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="85"/>
        <source>This &amp;goal: {title}</source>
        <translation>Dieses &amp;Ziel: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="86"/>
        <source>This &amp;strategy: {statement}</source>
        <translation>Diese &amp;Strategie: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="91"/>
        <source>This &amp;goal</source>
        <translation>Dieses &amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="92"/>
        <source>This &amp;strategy</source>
        <translation>Diese &amp;Strategie</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="101"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/report/action.py" line="104"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../domain/review.py" line="76"/>
        <source>Repeat: a new goal that starts from the final figure</source>
        <translation>Wiederholen: ein neues Ziel, das beim Endwert beginnt</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="77"/>
        <source>Raise: new targets for this goal</source>
        <translation>Anheben: neue Zielwerte für dieses Ziel</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="78"/>
        <source>Close: archive this goal with its outcome</source>
        <translation>Abschließen: dieses Ziel mit seinem Ergebnis archivieren</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="82"/>
        <source>Stretch reached</source>
        <translation>Wunschziel erreicht</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="83"/>
        <source>Benchmark reached</source>
        <translation>Richtwert erreicht</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="84"/>
        <source>Missed</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="87"/>
        <source>Sailing: the benchmark was reached.</source>
        <translation>Segeln: Der Richtwert wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="88"/>
        <source>Treading water: the figure held or grew, short of the benchmark.</source>
        <translation>Wassertreten: Die Zahl hat sich gehalten oder ist gestiegen, blieb aber unter dem Richtwert.</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="91"/>
        <source>Drowning: the figure moved the wrong way.</source>
        <translation>Untergehen: Die Zahl hat sich in die falsche Richtung bewegt.</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="189"/>
        <source>What worked</source>
        <translation>Was funktioniert hat</translation>
    </message>
    <message>
        <location filename="../../domain/review.py" line="190"/>
        <source>What did not work</source>
        <translation>Was nicht funktioniert hat</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../ui/review/action.py" line="26"/>
        <source>Revie&amp;w goal…</source>
        <translation>Rüc&amp;kblick auf das Ziel…</translation>
    </message>
    <message>
        <location filename="../../ui/review/action.py" line="30"/>
        <source>Review the chosen goal: where it ended, what worked, and what comes next</source>
        <translation>Rückblick auf das gewählte Ziel: wo es endete, was funktioniert hat und was als Nächstes kommt</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../ui/review/banner.py" line="56"/>
        <location filename="../../ui/review/banner.py" line="79"/>
        <source>Re&amp;view it…</source>
        <translation>&amp;Rückblick halten…</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="73"/>
        <source>&lt;b&gt;This goal reached its deadline on {day}.&lt;/b&gt; Review it: how did it go, and what next?</source>
        <translation>&lt;b&gt;Dieses Ziel hat am {day} seinen Stichtag erreicht.&lt;/b&gt; Halten Sie Rückblick: Wie ist es gelaufen, und wie geht es weiter?</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="79"/>
        <source>Re&amp;view again…</source>
        <translation>&amp;Rückblick erneut halten…</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="84"/>
        <source>&lt;b&gt;Reviewed on {day}: {outcome}&lt;/b&gt;, final figure {value}. Next step: {step}</source>
        <translation>&lt;b&gt;Rückblick vom {day}: {outcome}&lt;/b&gt;, Endwert {value}. Nächster Schritt: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="92"/>
        <source>What worked: {text}</source>
        <translation>Was funktioniert hat: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="94"/>
        <source>What did not: {text}</source>
        <translation>Was nicht funktioniert hat: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/review/banner.py" line="108"/>
        <source>The review cannot be opened</source>
        <translation>Der Rückblick kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review/dialog.py" line="183"/>
        <source>Review: {title}</source>
        <translation>Rückblick: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="188"/>
        <source>Suggested from the final figure: {outcome}</source>
        <translation>Vorschlag nach dem Endwert: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="90"/>
        <source>optional: the actions worth keeping</source>
        <translation>optional: die Maßnahmen, die sich lohnen</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="92"/>
        <source>optional: the actions to change or drop</source>
        <translation>optional: die Maßnahmen, die Sie ändern oder streichen</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="94"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="100"/>
        <source>Re&amp;peat: a new goal that starts from the final figure</source>
        <translation>&amp;Wiederholen: ein neues Ziel, das beim Endwert beginnt</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="101"/>
        <source>R&amp;aise: new targets for this goal</source>
        <translation>&amp;Anheben: neue Zielwerte für dieses Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="102"/>
        <source>C&amp;lose: archive this goal with its outcome</source>
        <translation>A&amp;bschließen: dieses Ziel mit seinem Ergebnis archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="111"/>
        <source>Targets for what comes next</source>
        <translation>Zielwerte für das, was als Nächstes kommt</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="196"/>
        <source>Suggested from the trend at the end, starting from the final figure {final}; change them freely.</source>
        <translation>Vorgeschlagen nach dem Trend am Ende, ausgehend vom Endwert {final}; ändern Sie sie nach Belieben.</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="202"/>
        <source>&amp;Benchmark ({unit}):</source>
        <translation>&amp;Richtwert ({unit}):</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="203"/>
        <source>&amp;Stretch ({unit}):</source>
        <translation>Wunsch&amp;ziel ({unit}):</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="135"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="141"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="143"/>
        <source>What &amp;worked:</source>
        <translation>Was hat &amp;funktioniert:</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="144"/>
        <source>What did &amp;not work:</source>
        <translation>Was hat &amp;nicht funktioniert:</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="165"/>
        <source>Save review</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="245"/>
        <source>Benchmark</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="246"/>
        <source>Stretch</source>
        <translation>Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="247"/>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="251"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/review/dialog.py" line="214"/>
        <location filename="../../ui/review/dialog.py" line="304"/>
        <source>The review was not saved</source>
        <translation>Der Rückblick wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/review.py" line="34"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="43"/>
        <source>Review and finish</source>
        <translation>Prüfen und abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="55"/>
        <source>SMART check:</source>
        <translation>SMART-Prüfung:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="128"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Abschließen und speichern</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="44"/>
        <source>Check everything once more. “{finish}” saves the goal, its strategy and its plan together.</source>
        <translation>Prüfen Sie alles noch einmal. „{finish}“ speichert das Ziel zusammen mit seiner Strategie und seinem Plan.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="77"/>
        <source>{days} {opens}-{closes}</source>
        <translation>{days}, {opens}–{closes} Uhr</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="89"/>
        <source>{title}: {when}</source>
        <translation>{title}: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="95"/>
        <source>{metric} (vanity metric)</source>
        <translation>{metric} (Eitelkeitskennzahl)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="99"/>
        <source>{metric}, in {unit}, less is better</source>
        <translation>{metric}, in {unit}, weniger ist besser</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="101"/>
        <source>{metric}, in {unit}, more is better</source>
        <translation>{metric}, in {unit}, mehr ist besser</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="104"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="105"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="107"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="110"/>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="111"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="113"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="117"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="123"/>
        <source>Leads to an outcome by</source>
        <translation>Führt so zu einem Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="127"/>
        <source>Starting value</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="128"/>
        <source>{value} on {day}</source>
        <translation>{value} am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="132"/>
        <source>Read from</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="134"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="135"/>
        <source>{start} to {deadline}</source>
        <translation>{start} bis {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="139"/>
        <source>Benchmark</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="140"/>
        <source>Stretch</source>
        <translation>Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="141"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="142"/>
        <source>Impact</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="143"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="144"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="145"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="147"/>
        <source>Budget per month</source>
        <translation>Budget pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review.py" line="151"/>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../services/reviews.py" line="91"/>
        <source>Log a check-in first: a review compares the final figure with the targets.</source>
        <translation>Erfassen Sie zuerst einen Check-in: Ein Rückblick vergleicht den Endwert mit den Zielwerten.</translation>
    </message>
    <message>
        <location filename="../../services/reviews.py" line="219"/>
        <source>A raised goal needs a deadline from today on.</source>
        <translation>Ein angehobenes Ziel braucht einen Stichtag ab heute.</translation>
    </message>
    <message>
        <location filename="../../services/reviews.py" line="228"/>
        <source>These are the goal&apos;s targets already: change a target to raise it.</source>
        <translation>Das sind bereits die Zielwerte des Ziels: Ändern Sie einen Zielwert, um es anzuheben.</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../ui/review/summary.py" line="39"/>
        <source>Where the goal ended</source>
        <translation>Wo das Ziel endete</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="50"/>
        <source>Check-in notes, oldest first</source>
        <translation>Notizen der Check-ins, älteste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="60"/>
        <source>No check-in has a note.</source>
        <translation>Kein Check-in hat eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="64"/>
        <source>Which tasks moved the number</source>
        <translation>Welche Aufgaben die Zahl bewegt haben</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="72"/>
        <source>This goal has no tasks in its plan.</source>
        <translation>Dieses Ziel hat keine Aufgaben im Plan.</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="79"/>
        <source>{percent} of the way, reached</source>
        <translation>{percent} des Weges, erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="80"/>
        <source>{percent} of the way, missed</source>
        <translation>{percent} des Weges, verfehlt</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="86"/>
        <location filename="../../ui/review/summary.py" line="100"/>
        <source>Final figure:</source>
        <translation>Endwert:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="86"/>
        <source>No check-in yet: log one to review the goal.</source>
        <translation>Noch kein Check-in: Erfassen Sie einen, um auf das Ziel zurückzublicken.</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="90"/>
        <source>{change} ({percent})</source>
        <translation>{change} ({percent})</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="101"/>
        <source>{value} on {day}</source>
        <translation>{value} am {day}</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="107"/>
        <source>Since the baseline of {baseline}:</source>
        <translation>Seit dem Ausgangswert {baseline}:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="112"/>
        <source>Benchmark {target}:</source>
        <translation>Richtwert {target}:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="117"/>
        <source>Stretch {target}:</source>
        <translation>Wunschziel {target}:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="122"/>
        <source>Trend at the end:</source>
        <translation>Trend am Ende:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="125"/>
        <source>too few check-ins for a trend</source>
        <translation>zu wenige Check-ins für einen Trend</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="127"/>
        <source>In the method&apos;s words:</source>
        <translation>In den Worten der Methode:</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="130"/>
        <source>{done} of {counted} planned tasks done ({percent})</source>
        <translation>{done} von {counted} geplanten Aufgaben erledigt ({percent})</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="136"/>
        <source>no task was due yet</source>
        <translation>noch keine Aufgabe fällig</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="138"/>
        <source>no plan of tasks</source>
        <translation>kein Aufgabenplan</translation>
    </message>
    <message>
        <location filename="../../ui/review/summary.py" line="139"/>
        <source>Plan done:</source>
        <translation>Plan erledigt:</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../domain/schedule.py" line="25"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="26"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="27"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="28"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="29"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="30"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="31"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="35"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="36"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="37"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="38"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="39"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="40"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="41"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="45"/>
        <source>the first {day}</source>
        <translation>ersten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="46"/>
        <source>the second {day}</source>
        <translation>zweiten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="47"/>
        <source>the third {day}</source>
        <translation>dritten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="48"/>
        <source>the fourth {day}</source>
        <translation>vierten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="49"/>
        <source>the fifth {day}</source>
        <translation>fünften {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="50"/>
        <source>the last {day}</source>
        <translation>letzten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="51"/>
        <source>the second-to-last {day}</source>
        <translation>vorletzten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="52"/>
        <source>the third-to-last {day}</source>
        <translation>drittletzten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="53"/>
        <source>the fourth-to-last {day}</source>
        <translation>viertletzten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="54"/>
        <source>the fifth-to-last {day}</source>
        <translation>fünftletzten {day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="113"/>
        <source>Unknown repeat {repeat}.</source>
        <translation>Unbekannte Wiederholung {repeat}.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="115"/>
        <source>Repeat every 1 or more.</source>
        <translation>Der Wiederholungsabstand muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="121"/>
        <source>Unknown day {day}.</source>
        <translation>Unbekannter Tag {day}.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="156"/>
        <location filename="../../domain/schedule.py" line="165"/>
        <source>Say how often the task repeats.</source>
        <translation>Geben Sie an, wie oft sich die Aufgabe wiederholt.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="159"/>
        <source>The repeat rule is too long (the most is {limit} characters).</source>
        <translation>Die Wiederholungsregel ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="172"/>
        <source>“{part}” is not part of a repeat rule.</source>
        <translation>„{part}“ gehört nicht in eine Wiederholungsregel.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="176"/>
        <source>The repeat rule gives {part} twice; give it once.</source>
        <translation>Die Wiederholungsregel enthält {part} zweimal; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="180"/>
        <source>The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>Die Wiederholungsregel braucht FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="183"/>
        <source>SmartGoals cannot read {part} in a repeat rule.</source>
        <translation>SmartGoals versteht {part} in einer Wiederholungsregel nicht.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="190"/>
        <source>The repeat rule is not valid (end on a date or after a number of times, not both).</source>
        <translation>Die Wiederholungsregel ist ungültig (sie endet entweder an einem Datum oder nach einer Anzahl von Malen, nicht beides).</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="211"/>
        <source>INTERVAL must be a whole number from 1 to {most}.</source>
        <translation>INTERVAL muss eine ganze Zahl von 1 bis {most} sein.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="217"/>
        <source>COUNT must be a whole number from 1 to {most}.</source>
        <translation>COUNT muss eine ganze Zahl von 1 bis {most} sein.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="222"/>
        <source>WKST takes one day: MO, TU, WE, TH, FR, SA or SU.</source>
        <translation>WKST nimmt genau einen Tag: MO, TU, WE, TH, FR, SA oder SU.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="226"/>
        <source>SmartGoals can read BYDAY only in a daily, weekly or monthly rule.</source>
        <translation>SmartGoals versteht BYDAY nur in einer täglichen, wöchentlichen oder monatlichen Regel.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="231"/>
        <source>A daily rule on chosen days repeats every day (INTERVAL=1); for every other week use FREQ=WEEKLY.</source>
        <translation>Eine tägliche Regel an ausgewählten Tagen wiederholt sich jeden Tag (INTERVAL=1); für jede zweite Woche verwenden Sie FREQ=WEEKLY.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="242"/>
        <source>BYDAY takes days such as MO,WE,FR; a monthly rule may also say 1MO (the first Monday) to 5MO or -1FR (the last Friday) to -5FR.</source>
        <translation>BYDAY nimmt Tage wie MO,WE,FR; eine monatliche Regel kann auch 1MO (den ersten Montag) bis 5MO oder -1FR (den letzten Freitag) bis -5FR angeben.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="250"/>
        <source>SmartGoals can read BYMONTHDAY only in a monthly rule.</source>
        <translation>SmartGoals versteht BYMONTHDAY nur in einer monatlichen Regel.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="253"/>
        <source>A monthly rule gives days of the week or days of the month, not both.</source>
        <translation>Eine monatliche Regel gibt Wochentage oder Tage des Monats an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="257"/>
        <source>BYMONTHDAY takes days of the month from 1 to 31, or from -1 (the last day) to -31.</source>
        <translation>BYMONTHDAY nimmt Tage des Monats von 1 bis 31 oder von -1 (dem letzten Tag) bis -31.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="267"/>
        <source>BYSETPOS takes positions from 1 to 31 or from -1 to -31, with BYDAY or BYMONTHDAY.</source>
        <translation>BYSETPOS nimmt Positionen von 1 bis 31 oder von -1 bis -31, zusammen mit BYDAY oder BYMONTHDAY.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="311"/>
        <source>UNTIL must be a date from {first} to {last} written as YYYYMMDD or YYYYMMDDTHHMMSS, for example 20271231.</source>
        <translation>UNTIL muss ein Datum von {first} bis {last} sein, geschrieben als YYYYMMDD oder YYYYMMDDTHHMMSS, zum Beispiel 20271231.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="440"/>
        <source>The repeat rule is not valid ({reason}).</source>
        <translation>Die Wiederholungsregel ist ungültig ({reason}).</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="448"/>
        <source>{days} and {last_day}</source>
        <translation>{days} und {last_day}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="469"/>
        <source>Every weekday</source>
        <translation>Montags bis freitags</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="471"/>
        <location filename="../../domain/schedule.py" line="478"/>
        <source>Every {days}</source>
        <translation>Jeden {days}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="473"/>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="474"/>
        <source>Every {count} days</source>
        <translation>Alle {count} Tage</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="479"/>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="482"/>
        <source>Every other {days}</source>
        <translation>Jeden zweiten {days}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="483"/>
        <source>Every other week</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="485"/>
        <source>Every {count} weeks on {days}</source>
        <translation>Alle {count} Wochen am {days}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="486"/>
        <source>Every {count} weeks</source>
        <translation>Alle {count} Wochen</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="491"/>
        <source>Monthly on {days}</source>
        <translation>Monatlich am {days}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="493"/>
        <source>Monthly on day {day}</source>
        <translation>Monatlich am {day}.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="494"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="496"/>
        <source>Every {count} months on {days}</source>
        <translation>Alle {count} Monate am {days}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="498"/>
        <source>Every {count} months on day {day}</source>
        <translation>Alle {count} Monate am {day}.</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="501"/>
        <source>Every {count} months</source>
        <translation>Alle {count} Monate</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="503"/>
        <source>Every year</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="504"/>
        <source>Every {count} years</source>
        <translation>Alle {count} Jahre</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="526"/>
        <source>{repeat}, {start}-{end}</source>
        <translation>{repeat}, {start}–{end} Uhr</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="530"/>
        <source>{repeat}, {start}</source>
        <translation>{repeat}, {start} Uhr</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="532"/>
        <source>{repeat}, until {date}</source>
        <translation>{repeat}, bis {date}</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="537"/>
        <source>{repeat}, once</source>
        <translation>{repeat}, einmalig</translation>
    </message>
    <message>
        <location filename="../../domain/schedule.py" line="539"/>
        <source>{repeat}, {count} times</source>
        <translation>{repeat}, {count}-mal</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../cli.py" line="225"/>
        <source>{command} works on a database file only, not on a server database.</source>
        <translation>{command} funktioniert nur mit einer Datenbankdatei, nicht mit einer Server-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="69"/>
        <source>{address} is not a database address SmartGoals can read.</source>
        <translation>{address} ist keine Datenbankadresse, die SmartGoals lesen kann.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="75"/>
        <source>Leave the password out of the database address: SmartGoals never keeps it. Put it in ~/.pgpass or the PGPASSWORD variable instead.</source>
        <translation>Lassen Sie das Passwort aus der Datenbankadresse weg: SmartGoals speichert es nie. Legen Sie es stattdessen in ~/.pgpass oder in der Variablen PGPASSWORD ab.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="114"/>
        <source>SmartGoals needs the psycopg driver to open a server database: install it with pip install &quot;smartgoals[postgres]&quot;.</source>
        <translation>SmartGoals braucht den Treiber psycopg, um eine Server-Datenbank zu öffnen: Installieren Sie ihn mit pip install &quot;smartgoals[postgres]&quot;.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="221"/>
        <source>You have no access to the SmartGoals database {address}: ask its administrator to add you to a workspace.</source>
        <translation>Sie haben keinen Zugriff auf die SmartGoals-Datenbank {address}: Bitten Sie die Administration, Sie einem Arbeitsbereich hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="152"/>
        <source>The database {address} was set up by a newer version of SmartGoals. Install the newer version to open it.</source>
        <translation>Die Datenbank {address} wurde von einer neueren Version von SmartGoals eingerichtet. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="161"/>
        <source>The database {address} is not set up for this version of SmartGoals: ask its administrator to run “smartgoals --db {address} admin init”.</source>
        <translation>Die Datenbank {address} ist nicht für diese Version von SmartGoals eingerichtet: Bitten Sie die Administration, „smartgoals --db {address} admin init“ auszuführen.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="198"/>
        <source>The server {address} did not allow this: your role in this workspace does not let you make this change. Nothing was changed.</source>
        <translation>Der Server {address} hat dies nicht erlaubt: Ihre Rolle in diesem Arbeitsbereich erlaubt diese Änderung nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="208"/>
        <source>The server {address} did not allow this change: your role in this workspace does not let you make it, or someone else saved the same thing at that moment. Nothing was changed: look at what is stored now.</source>
        <translation>Der Server {address} hat diese Änderung nicht zugelassen: Ihre Rolle in diesem Arbeitsbereich erlaubt sie nicht, oder jemand anderes hat im selben Moment dasselbe gespeichert. Nichts wurde geändert: Sehen Sie sich an, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="240"/>
        <source>The server {address} refused the login: check the user name, and put the password in ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Der Server {address} hat die Anmeldung abgelehnt: Prüfen Sie den Benutzernamen und legen Sie das Passwort in ~/.pgpass oder in der Variablen PGPASSWORD ab.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="246"/>
        <source>The database named in {address} does not exist on that server.</source>
        <translation>Die in {address} genannte Datenbank gibt es auf diesem Server nicht.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="250"/>
        <source>The database server {address} did not answer within a few seconds.</source>
        <translation>Der Datenbankserver {address} hat nicht innerhalb weniger Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="254"/>
        <source>SmartGoals cannot reach the database server {address}: check the address, and that the server is running and lets you in.</source>
        <translation>SmartGoals erreicht den Datenbankserver {address} nicht: Prüfen Sie die Adresse und ob der Server läuft und Sie hineinlässt.</translation>
    </message>
    <message>
        <location filename="../../storage/server.py" line="259"/>
        <source>The database server {address} reported an error (details are in the log).</source>
        <translation>Der Datenbankserver {address} hat einen Fehler gemeldet (Einzelheiten stehen im Protokoll).</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <location filename="../../domain/smart.py" line="37"/>
        <source>Judged once you set your targets, two pages on.</source>
        <translation>Wird bewertet, sobald Sie Ihre Zielwerte festlegen (zwei Seiten weiter).</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="50"/>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="51"/>
        <source>Measurable</source>
        <translation>Messbar</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="52"/>
        <source>Attainable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="53"/>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="54"/>
        <source>Timely</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="64"/>
        <source>Pick one network and one metric to measure.</source>
        <translation>Wählen Sie ein Netzwerk und eine Kennzahl, die Sie messen möchten.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="67"/>
        <source>Write the goal in one clear sentence.</source>
        <translation>Formulieren Sie das Ziel in einem klaren Satz.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="74"/>
        <source>Say exactly how much: put the target number in the wording.</source>
        <translation>Sagen Sie genau, wie viel: Nennen Sie die Zielzahl in der Formulierung.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="79"/>
        <source>One metric ({metric}) on {network}.</source>
        <translation>Eine Kennzahl ({metric}) auf {network}.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="88"/>
        <source>Give the metric a unit, such as sign-ups or minutes.</source>
        <translation>Geben Sie der Kennzahl eine Einheit, etwa Anmeldungen oder Minuten.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="92"/>
        <source>Record today&apos;s value and the date you read it.</source>
        <translation>Tragen Sie den heutigen Wert ein und das Datum, an dem Sie ihn abgelesen haben.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="98"/>
        <source>Say where you will read the figure again (which report or tool).</source>
        <translation>Geben Sie an, wo Sie die Zahl später wieder ablesen (welcher Bericht oder welches Tool).</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="104"/>
        <source>Set a number to aim for.</source>
        <translation>Legen Sie eine Zielzahl fest.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="108"/>
        <source>Counted in {unit}, read from {source}.</source>
        <translation>Gezählt in {unit}, abgelesen in {source}.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="146"/>
        <source>The deadline is not after the start: fix the dates to judge this.</source>
        <translation>Der Stichtag liegt nicht nach dem Beginn: Korrigieren Sie die Daten, um dies zu beurteilen.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="148"/>
        <source>Needs a starting value to judge.</source>
        <translation>Braucht einen Ausgangswert zur Beurteilung.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="150"/>
        <source>Needs a start date and a deadline to judge.</source>
        <translation>Braucht einen Beginn und einen Stichtag zur Beurteilung.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="163"/>
        <source>The benchmark is not an improvement on where you start.</source>
        <translation>Der Richtwert ist keine Verbesserung gegenüber Ihrem Ausgangswert.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="165"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="174"/>
        <source>Needs {needed} {unit} a week of improvement, but your figures have not been improving: the plan must change something.</source>
        <translation>Erfordert eine Verbesserung um {needed} {unit} pro Woche, aber Ihre Zahlen haben sich bisher nicht verbessert: Der Plan muss etwas ändern.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="192"/>
        <source>Needs {needed} {unit} a week; your trend so far is {so_far} a week: within reach.</source>
        <translation>Erfordert {needed} {unit} pro Woche; Ihr bisheriger Trend liegt bei {so_far} pro Woche: gut erreichbar.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="201"/>
        <source>Needs {needed} {unit} a week; your trend so far is {so_far} a week ({ratio}x): ambitious.</source>
        <translation>Erfordert {needed} {unit} pro Woche; Ihr bisheriger Trend liegt bei {so_far} pro Woche ({ratio}-fach): ehrgeizig.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="210"/>
        <source>Needs {needed} {unit} a week; your trend so far is {so_far} a week ({ratio}x): far beyond your history.</source>
        <translation>Erfordert {needed} {unit} pro Woche; Ihr bisheriger Trend liegt bei {so_far} pro Woche ({ratio}-fach): weit über Ihren bisherigen Zahlen.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="220"/>
        <source>Starting from zero there is no history to judge by; compare with similar accounts.</source>
        <translation>Beim Start bei null gibt es keine bisherigen Zahlen zum Vergleich; orientieren Sie sich an ähnlichen Konten.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="230"/>
        <source>Asks for {monthly}% change a month: a steady, realistic pace.</source>
        <translation>Verlangt {monthly}&#xa0;% Veränderung pro Monat: ein stetiges, realistisches Tempo.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="238"/>
        <source>Asks for {monthly}% change a month: ambitious without a history to show it is possible.</source>
        <translation>Verlangt {monthly}&#xa0;% Veränderung pro Monat: ehrgeizig, solange keine bisherigen Zahlen zeigen, dass es machbar ist.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="246"/>
        <source>Asks for {monthly}% change a month: far beyond what is usual; lower the benchmark or allow more time.</source>
        <translation>Verlangt {monthly}&#xa0;% Veränderung pro Monat: weit über dem Üblichen; senken Sie den Richtwert oder planen Sie mehr Zeit ein.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="256"/>
        <source>Write the strategy this goal serves.</source>
        <translation>Beschreiben Sie die Strategie, der dieses Ziel dient.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="263"/>
        <source>{metric} is a vanity metric: say how it leads to an outcome (sign-ups, sales, a book deal).</source>
        <translation>{metric} ist eine Eitelkeitskennzahl: Beschreiben Sie, wie sie zu einem Ergebnis führt (Anmeldungen, Verkäufe, ein Buchvertrag).</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="269"/>
        <source>This is a vanity metric: say how it leads to an outcome (sign-ups, sales, a book deal).</source>
        <translation>Dies ist eine Eitelkeitskennzahl: Beschreiben Sie, wie sie zu einem Ergebnis führt (Anmeldungen, Verkäufe, ein Buchvertrag).</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="277"/>
        <source>Vanity metric, linked to an outcome: {link}</source>
        <translation>Eitelkeitskennzahl, mit einem Ergebnis verknüpft: {link}</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="286"/>
        <source>An outcome metric; judged once you write why it matters.</source>
        <translation>Eine Ergebniskennzahl; wird bewertet, sobald Sie aufschreiben, warum sie wichtig ist.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="289"/>
        <source>An outcome the business wants, serving your strategy.</source>
        <translation>Ein Ergebnis, das Ihr Unternehmen will und das Ihrer Strategie dient.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="295"/>
        <source>Set a start date and a deadline.</source>
        <translation>Legen Sie ein Startdatum und einen Stichtag fest.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="297"/>
        <source>The deadline must come after the start.</source>
        <translation>Der Stichtag muss nach dem Startdatum liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="299"/>
        <source>The deadline has already passed.</source>
        <translation>Der Stichtag ist bereits vorbei.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="306"/>
        <source>Only one day: too short to see a real change.</source>
        <translation>Nur ein Tag: zu kurz, um eine echte Veränderung zu sehen.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="308"/>
        <source>Only {days} days: too short to see a real change.</source>
        <translation>Nur {days} Tage: zu kurz, um eine echte Veränderung zu sehen.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="314"/>
        <source>Deadline {when} is over a year away: set milestones on the way.</source>
        <translation>Der Stichtag {when} liegt über ein Jahr entfernt: Setzen Sie sich Zwischenziele.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="321"/>
        <source>Deadline {when}, {days} days from the start, with a review then.</source>
        <translation>Stichtag {when}, {days} Tage nach dem Start, dann mit Auswertung.</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="352"/>
        <source>the metric</source>
        <translation>Die Kennzahl</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="358"/>
        <source> on {network}</source>
        <translation> auf {network}</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="368"/>
        <source> from {figure}</source>
        <translation> von {figure}</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="373"/>
        <source> to {figure}</source>
        <translation> auf {figure}</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="378"/>
        <source> by {date}</source>
        <translation> bis zum {date}</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="382"/>
        <source>Bring {metric}{where} down{start}{aim}{when}</source>
        <translation>{metric}{where}{when}{start}{aim} senken</translation>
    </message>
    <message>
        <location filename="../../domain/smart.py" line="383"/>
        <source>Grow {metric}{where}{start}{aim}{when}</source>
        <translation>{metric}{where}{when}{start}{aim} steigern</translation>
    </message>
</context>
<context>
    <name>SmartGoalPage</name>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="24"/>
        <source>Make it SMART</source>
        <translation>Machen Sie es SMART</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="25"/>
        <source>Specific, Measurable, Attainable, Relevant, Timely: the panel checks as you type.</source>
        <translation>Spezifisch, messbar, erreichbar, relevant, terminiert: Die Prüfung unten läuft schon während der Eingabe.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="35"/>
        <source>Use the suggested &amp;wording</source>
        <translation>&amp;Vorgeschlagenen Wortlaut übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="41"/>
        <source>&amp;Goal in one sentence</source>
        <translation>&amp;Ihr Ziel in einem Satz</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="48"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Beginnt am</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="53"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Stichtag</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="56"/>
        <source>Up and Down change the date by a day, Page Up and Page Down by a week.</source>
        <translation>Pfeil nach oben und unten ändern das Datum um einen Tag, Bild auf und Bild ab um eine Woche.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_goal.py" line="62"/>
        <source>SMART check (the targets come two pages on):</source>
        <translation>SMART-Prüfung (die Zielwerte folgen zwei Seiten weiter):</translation>
    </message>
</context>
<context>
    <name>SmartPanel</name>
    <message>
        <location filename="../../ui/wizard/smart_panel.py" line="23"/>
        <source>SMART check</source>
        <translation>SMART-Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/smart_panel.py" line="61"/>
        <source>{name}: {verdict}, {reason}</source>
        <translation>{name}: {verdict}, {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="89"/>
        <source>{mark} Pass</source>
        <translation>{mark} Erfüllt</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="91"/>
        <source>{mark} Warning</source>
        <translation>{mark} Warnung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="93"/>
        <source>{mark} Fail</source>
        <translation>{mark} Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="94"/>
        <source>{mark} Later</source>
        <translation>{mark} Später</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/startup.py" line="128"/>
        <source>Opening your goals…</source>
        <translation>Ihre Ziele werden geöffnet …</translation>
    </message>
</context>
<context>
    <name>StartingPointPage</name>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="334"/>
        <source>Read past figures from an export</source>
        <translation>Frühere Zahlen aus einem Export einlesen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="336"/>
        <source>Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Statistik-Exporte (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="33"/>
        <source>Know where you start</source>
        <translation>Wissen, wo Sie stehen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="34"/>
        <source>Pick what to measure (outcomes first) and read today&apos;s figure from your analytics.</source>
        <translation>Wählen Sie, was Sie messen (Ergebnisse zuerst), und lesen Sie den heutigen Wert in Ihren Statistiken ab.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="43"/>
        <source>Net&amp;work</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="52"/>
        <source>&amp;Metric</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="61"/>
        <source>Metric n&amp;ame</source>
        <translation>Na&amp;me der Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="67"/>
        <source>sign-ups, minutes, % of messages…</source>
        <translation>Anmeldungen, Minuten, % der Nachrichten…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="69"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="75"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="83"/>
        <source>For example: the publisher wants 2,000 followers before a book deal</source>
        <translation>Zum Beispiel: Der Verlag will vor einem Buchvertrag 2.000 Follower sehen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="89"/>
        <source>How does it lead to an &amp;outcome?</source>
        <translation>Wie führt das zu einem Er&amp;gebnis?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="96"/>
        <source>for example 120</source>
        <translation>zum Beispiel 120</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="101"/>
        <source>&amp;Today&apos;s value</source>
        <translation>&amp;Heutiger Wert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="104"/>
        <source>Read it as you will read it at every check-in: a count for a period (sign-ups this week) or a total so far (followers now). Your targets are read the same way.</source>
        <translation>Lesen Sie ihn so ab wie bei jedem Check-in: als Zahl für einen Zeitraum (Anmeldungen dieser Woche) oder als Gesamtstand (Follower jetzt). Ihre Ziele werden genauso gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="113"/>
        <source>Date you &amp;read it</source>
        <translation>&amp;Abgelesen am</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="118"/>
        <source>Take today&apos;s value and the history from an e&amp;xport…</source>
        <translation>Heutigen Wert und Verlauf aus einem E&amp;xport übernehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="131"/>
        <source>The report or tool you read it from</source>
        <translation>Der Bericht oder das Tool, in dem Sie den Wert abgelesen haben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="135"/>
        <source>Where you read it (&amp;source)</source>
        <translation>Wo Sie ihn abgelesen haben (&amp;Quelle)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="189"/>
        <source>{name} (vanity metric)</source>
        <translation>{name} (Eitelkeitskennzahl)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="197"/>
        <source>Custom metric…</source>
        <translation>Eigene Kennzahl…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="260"/>
        <source>Your own metric: name it, give its unit and say which way is better.</source>
        <translation>Ihre eigene Kennzahl: Geben Sie ihr einen Namen und eine Einheit und legen Sie fest, welche Richtung besser ist.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="267"/>
        <source>Vanity metric: {description} {direction}.</source>
        <translation>Eitelkeitskennzahl: {description} {direction}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="269"/>
        <source>Outcome: {description} {direction}.</source>
        <translation>Ergebniskennzahl: {description} {direction}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="278"/>
        <source>{name} is a vanity metric: a nod in the street. It can matter (a publisher may ask for a following), but say how it leads to something the business wants.</source>
        <translation>{name} ist eine Eitelkeitskennzahl: wie ein freundliches Nicken auf der Straße. Sie kann wichtig sein (ein Verlag fragt vielleicht nach der Zahl der Follower), aber sagen Sie, wie sie zu etwas führt, das Ihr Unternehmen wirklich will.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="284"/>
        <source>This is a vanity metric: a nod in the street. It can matter (a publisher may ask for a following), but say how it leads to something the business wants.</source>
        <translation>Dies ist eine Eitelkeitskennzahl: wie ein freundliches Nicken auf der Straße. Sie kann wichtig sein (ein Verlag fragt vielleicht nach der Zahl der Follower), aber sagen Sie, wie sie zu etwas führt, das Ihr Unternehmen wirklich will.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/starting_point.py" line="293"/>
        <source>Where to find it: {hint}</source>
        <translation>Wo Sie den Wert finden: {hint}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../domain/enums.py" line="79"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="80"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="81"/>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="82"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="83"/>
        <source>Benchmark reached</source>
        <translation>Richtwert erreicht</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="84"/>
        <source>Stretch reached</source>
        <translation>Wunschziel erreicht</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="85"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>StrategyActions</name>
    <message>
        <location filename="../../ui/strategy/actions.py" line="43"/>
        <source>Edit &amp;strategy…</source>
        <translation>&amp;Strategie bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="45"/>
        <source>Change the chosen strategy&apos;s sentence, networks and hours</source>
        <translation>Satz, Netzwerke und Zeiten der gewählten Strategie ändern</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="49"/>
        <source>Archi&amp;ve strategy…</source>
        <translation>Strategie arc&amp;hivieren…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="51"/>
        <source>Set the chosen strategy aside with its goals; nothing is deleted</source>
        <translation>Die gewählte Strategie mit ihren Zielen beiseitelegen; nichts wird gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="55"/>
        <source>Arc&amp;hived strategies…</source>
        <translation>Archivierte Stra&amp;tegien…</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="57"/>
        <source>Bring back a strategy archived with its goals</source>
        <translation>Eine mit ihren Zielen archivierte Strategie zurückholen</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="61"/>
        <source>&amp;Undo strategy change</source>
        <translation>Strategieänderung rückgän&amp;gig machen</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="61"/>
        <source>Restore the strategy as it was</source>
        <translation>Die Strategie wiederherstellen, wie sie war</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="102"/>
        <source>Archive the strategy “{strategy}”? It has no active goals. It leaves the goal list; Goal ▸ Archived strategies… brings it back.</source>
        <translation>Die Strategie „{strategy}“ archivieren? Sie hat keine aktiven Ziele. Sie verschwindet aus der Zielliste; Ziel ▸ Archivierte Strategien… holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/strategy/actions.py" line="107"/>
        <source>Archive the strategy “{strategy}” with its %Ln active goal(s)? They leave the goal list, the plan and the reminders; nothing is deleted, and Goal ▸ Archived strategies… brings them back.</source>
        <translation>
            <numerusform>Die Strategie „{strategy}“ mit ihrem %Ln aktiven Ziel archivieren? Beide verschwinden aus der Zielliste, dem Plan und den Erinnerungen; nichts wird gelöscht, und Ziel ▸ Archivierte Strategien… holt sie zurück.</numerusform>
            <numerusform>Die Strategie „{strategy}“ mit ihren %Ln aktiven Zielen archivieren? Sie verschwinden aus der Zielliste, dem Plan und den Erinnerungen; nichts wird gelöscht, und Ziel ▸ Archivierte Strategien… holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="186"/>
        <source>Strategy saved. Ctrl+Z brings back the old wording, networks and hours.</source>
        <translation>Strategie gespeichert. Strg+Z holt den alten Wortlaut, die Netzwerke und die Zeiten zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="187"/>
        <source>The strategy&apos;s old wording, networks and hours are back.</source>
        <translation>Der alte Wortlaut, die Netzwerke und die Zeiten der Strategie sind zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="210"/>
        <source>Archive strategy</source>
        <translation>Strategie archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="216"/>
        <source>The strategy was not archived</source>
        <translation>Die Strategie wurde nicht archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="222"/>
        <source>Archived “{strategy}” with its goals. Ctrl+Z brings them back.</source>
        <translation>„{strategy}“ wurde mit ihren Zielen archiviert. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="225"/>
        <source>“{strategy}” and its goals are back.</source>
        <translation>„{strategy}“ und ihre Ziele sind zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/actions.py" line="260"/>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <location filename="../../ui/strategy/editor.py" line="47"/>
        <source>Edit strategy</source>
        <translation>Strategie bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="66"/>
        <source>&amp;Strategy in one sentence</source>
        <translation>&amp;Strategie in einem Satz</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="67"/>
        <source>Net&amp;works you use</source>
        <translation>&amp;Ihre Netzwerke</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="68"/>
        <source>Business &amp;days</source>
        <translation>&amp;Geschäftstage</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="70"/>
        <source>&amp;Opens at</source>
        <translation>Ö&amp;ffnet um</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="71"/>
        <source>&amp;Closes at</source>
        <translation>Sch&amp;ließt um</translation>
    </message>
    <message>
        <location filename="../../ui/strategy/editor.py" line="102"/>
        <location filename="../../ui/strategy/editor.py" line="178"/>
        <source>The strategy was not saved</source>
        <translation>Die Strategie wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>StrategyFields</name>
    <message>
        <location filename="../../ui/wizard/strategy_fields.py" line="49"/>
        <source>for example 09:00</source>
        <translation>zum Beispiel 09:00</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy_fields.py" line="52"/>
        <source>for example 17:00</source>
        <translation>zum Beispiel 17:00</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="28"/>
        <source>Strategy first</source>
        <translation>Zuerst die Strategie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="29"/>
        <source>A goal only makes sense inside a strategy: what do you want to be known for?</source>
        <translation>Ein Ziel ergibt nur innerhalb einer Strategie Sinn: Wofür wollen Sie bekannt sein?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="34"/>
        <source>&amp;Use a strategy I already have</source>
        <translation>Eine &amp;vorhandene Strategie verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="36"/>
        <source>&amp;Write a new strategy</source>
        <translation>Eine &amp;neue Strategie schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="56"/>
        <source>E&amp;xisting strategy</source>
        <translation>&amp;Bestehende Strategie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="68"/>
        <source>Start from a &amp;template</source>
        <translation>&amp;Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="82"/>
        <source>&amp;Strategy in one sentence</source>
        <translation>&amp;Strategie in einem Satz</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="85"/>
        <source>For example: “Be known for great customer service”.</source>
        <translation>Zum Beispiel: „Bekannt sein für hervorragenden Kundenservice“.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="92"/>
        <source>Net&amp;works you use</source>
        <translation>&amp;Ihre Netzwerke</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="95"/>
        <source>Space ticks the highlighted network.</source>
        <translation>Mit der Leertaste haken Sie das markierte Netzwerk an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="101"/>
        <source>Business &amp;days</source>
        <translation>&amp;Geschäftstage</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="109"/>
        <source>&amp;Opens at</source>
        <translation>Ö&amp;ffnet um</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="115"/>
        <source>&amp;Closes at</source>
        <translation>Sch&amp;ließt um</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/strategy.py" line="238"/>
        <source>Pick a strategy.</source>
        <translation>Wählen Sie eine Strategie.</translation>
    </message>
</context>
<context>
    <name>StrategyService</name>
    <message>
        <location filename="../../services/strategies.py" line="92"/>
        <source>“{network}” is not a network SmartGoals knows.</source>
        <translation>„{network}“ ist kein Netzwerk, das SmartGoals kennt.</translation>
    </message>
    <message>
        <location filename="../../services/strategies.py" line="125"/>
        <source>This strategy is archived already.</source>
        <translation>Diese Strategie ist bereits archiviert.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../ui/dashboard/summary.py" line="20"/>
        <source>Progress summary</source>
        <translation>Fortschrittsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/summary.py" line="40"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/wizard/targets.py" line="32"/>
        <source>Two targets</source>
        <translation>Zwei Zielwerte</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="33"/>
        <source>A realistic benchmark you expect to reach, and a bold stretch beyond it.</source>
        <translation>Ein realistischer Richtwert, den Sie voraussichtlich erreichen, und ein ehrgeiziges Wunschziel darüber hinaus.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="44"/>
        <source>Benchmar&amp;k target</source>
        <translation>&amp;Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="53"/>
        <source>S&amp;tretch target</source>
        <translation>W&amp;unschziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="66"/>
        <source>Type a benchmark to see the road to it.</source>
        <translation>Geben Sie einen Richtwert ein, um den Weg dorthin zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="88"/>
        <source>You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. Less is better: both targets must be lower than where you start, and the stretch lower than the benchmark.</source>
        <translation>Sie starten am {start_day} bei {start} ({metric}), Stichtag ist der {deadline}. Weniger ist besser: Beide Zielwerte müssen unter Ihrem Ausgangswert liegen und das Wunschziel unter dem Richtwert.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="95"/>
        <source>You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. More is better: both targets must be higher than where you start, and the stretch higher than the benchmark.</source>
        <translation>Sie starten am {start_day} bei {start} ({metric}), Stichtag ist der {deadline}. Mehr ist besser: Beide Zielwerte müssen über Ihrem Ausgangswert liegen und das Wunschziel über dem Richtwert.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="105"/>
        <source>your metric</source>
        <translation>Ihre Kennzahl</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="126"/>
        <source>From the start to the deadline: {weekly}, about {monthly} a month.</source>
        <translation>Vom Beginn bis zum Stichtag: {weekly}, etwa {monthly} im Monat.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="161"/>
        <source>Preview of the benchmark and stretch roads</source>
        <translation>Vorschau der Wege zu Richtwert und Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="176"/>
        <source>weeks from the start</source>
        <translation>Wochen ab Start</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="183"/>
        <source>Benchmark road</source>
        <translation>Weg zum Richtwert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="187"/>
        <source>Stretch road</source>
        <translation>Weg zum Wunschziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="191"/>
        <source>Where you start</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/targets.py" line="240"/>
        <source>From {baseline} now to {benchmark} (benchmark) and {stretch} (stretch) in {weeks} weeks.</source>
        <translation>Von {baseline} heute auf {benchmark} (Richtwert) und {stretch} (Wunschziel) in {weeks} Wochen.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="75"/>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="75"/>
        <source>Add a task to the plan</source>
        <translation>Aufgabe zum Plan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="85"/>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="88"/>
        <source>Join the industry Twitter chat</source>
        <translation>Beim Twitter-Chat der Branche mitmachen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="89"/>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="101"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="107"/>
        <source>St&amp;arts</source>
        <translation>Be&amp;ginnt</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="123"/>
        <source>T&amp;ime</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="115"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="117"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="120"/>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="124"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="130"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="135"/>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="137"/>
        <source>How to do it well, links, who to meet…</source>
        <translation>Wie es gut gelingt, Links, wen Sie treffen…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="139"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_editor.py" line="226"/>
        <source>Create a goal first: every task serves one.</source>
        <translation>Legen Sie zuerst ein Ziel an: Jede Aufgabe dient einem Ziel.</translation>
    </message>
</context>
<context>
    <name>TaskEffect</name>
    <message>
        <location filename="../../domain/task_effect.py" line="112"/>
        <source>Too few check-ins to tell yet: {done} periods with this task done and {not_done} without it (at least {minimum} of each are needed).</source>
        <translation>Noch zu wenige Check-ins für eine Aussage: {done} Zeiträume mit erledigter Aufgabe und {not_done} ohne (von beidem werden mindestens {minimum} benötigt).</translation>
    </message>
    <message>
        <location filename="../../domain/task_effect.py" line="121"/>
        <source>In the {done_periods} periods when this task was done, the figure moved {done_pace} {unit} a week the right way; in the {other_periods} when it was not, {other_pace}. A hint, not proof: other things changed too.</source>
        <translation>In den {done_periods} Zeiträumen, in denen diese Aufgabe erledigt wurde, bewegte sich die Zahl um {done_pace} {unit} pro Woche in die richtige Richtung; in den {other_periods} Zeiträumen ohne sie um {other_pace}. Ein Hinweis, kein Beweis: Auch anderes hat sich verändert.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../ui/plan/task_list.py" line="42"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="43"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="44"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="45"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="46"/>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="47"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="58"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="60"/>
        <location filename="../../ui/plan/task_list.py" line="146"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="62"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="65"/>
        <source>&lt;b&gt;Tasks&lt;/b&gt; and how much of each was done</source>
        <translation>&lt;b&gt;Aufgaben&lt;/b&gt; und wie viel davon jeweils erledigt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_list.py" line="146"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../domain/templates.py" line="21"/>
        <source>State these hours on every profile (bio, About section, pinned post) so people know when to expect an answer; response-time goals are judged inside them.</source>
        <translation>Nennen Sie diese Zeiten in jedem Profil (Bio, Info-Bereich, angehefteter Beitrag), damit die Leute wissen, wann sie mit einer Antwort rechnen können; Ziele zur Reaktionszeit werden innerhalb dieser Zeiten bewertet.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="28"/>
        <source>In a Lithium Technologies study, 53% of people who ask a brand a question on Twitter expect an answer within an hour, 72% when it is a complaint. Without one, 2 in 5 think less of the brand, and only about 11% of big brands manage it: an opportunity for a small business.</source>
        <translation>Laut einer Studie von Lithium Technologies erwarten 53&#xa0;% der Menschen, die einer Marke auf Twitter eine Frage stellen, innerhalb einer Stunde eine Antwort, bei einer Beschwerde sogar 72&#xa0;%. Bleibt sie aus, denken 2 von 5 schlechter über die Marke, und nur etwa 11&#xa0;% der großen Marken schaffen das: eine Chance für kleine Unternehmen.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="67"/>
        <source>Great customer service: fast responses</source>
        <translation>Exzellenter Kundenservice: schnelle Antworten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="68"/>
        <source>Be known for great customer service: answer every question and complaint fast, within business hours.</source>
        <translation>Für exzellenten Kundenservice bekannt sein: jede Frage und Beschwerde schnell beantworten, innerhalb der Geschäftszeiten.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="76"/>
        <source>Answer every open message and mention</source>
        <translation>Alle offenen Nachrichten und Erwähnungen beantworten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="82"/>
        <source>Update the saved replies for common questions</source>
        <translation>Gespeicherte Antworten auf häufige Fragen aktualisieren</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="92"/>
        <source>Newsletter sign-ups or leads</source>
        <translation>Newsletter-Anmeldungen oder Anfragen</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="93"/>
        <source>Turn followers into newsletter subscribers and leads we can talk to directly.</source>
        <translation>Follower zu Newsletter-Abonnenten und Interessenten machen, mit denen wir direkt sprechen können.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="99"/>
        <source>Post a sign-up teaser with a sneak peek</source>
        <translation>Einen Anmelde-Teaser mit kleiner Vorschau posten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="105"/>
        <source>Reply to comments and invite people to sign up</source>
        <translation>Auf Kommentare antworten und zur Anmeldung einladen</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="114"/>
        <source>Awareness or following for a purpose</source>
        <translation>Bekanntheit oder Follower für einen bestimmten Zweck</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="115"/>
        <source>Build an engaged following that opens a door, such as a book deal or a speaking slot.</source>
        <translation>Eine engagierte Fangemeinde aufbauen, die Türen öffnet, etwa zu einem Buchvertrag oder einem Vortrag.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="122"/>
        <source>Share a behind-the-scenes post</source>
        <translation>Einen Blick hinter die Kulissen posten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="128"/>
        <source>Join the industry chat and follow up with people met there</source>
        <translation>Am Branchen-Chat teilnehmen und mit den Kontakten von dort in Verbindung bleiben</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="137"/>
        <source>Traffic for a launch</source>
        <translation>Besucher für einen Produktstart</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="138"/>
        <source>Bring visitors from social media to the website ahead of the launch.</source>
        <translation>Vor dem Produktstart Besucher aus den sozialen Medien auf die Website bringen.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="142"/>
        <source>Post a countdown update linking to the launch page</source>
        <translation>Einen Countdown-Beitrag mit Link zur Produktstart-Seite posten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="151"/>
        <source>Sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="152"/>
        <source>Sell more through social media by showing products where our customers already are.</source>
        <translation>Über soziale Medien mehr verkaufen, indem wir Produkte dort zeigen, wo unsere Kunden schon sind.</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="158"/>
        <source>Post a product story with a shop link</source>
        <translation>Eine Produkt-Story mit Shop-Link posten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="164"/>
        <source>Answer product questions in comments and messages</source>
        <translation>Produktfragen in Kommentaren und Nachrichten beantworten</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="173"/>
        <source>Blank: write my own</source>
        <translation>Leer: eigene Strategie schreiben</translation>
    </message>
    <message>
        <location filename="../../domain/templates.py" line="178"/>
        <source>Plan and schedule this week&apos;s posts</source>
        <translation>Beiträge dieser Woche planen und terminieren</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/plan/reminders.py" line="131"/>
        <source>SmartGoals: reminders for your plan</source>
        <translation>SmartGoals: Erinnerungen für Ihren Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="134"/>
        <source>Show SmartGoals</source>
        <translation>SmartGoals anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="142"/>
        <source>Keep running in the tray when closed</source>
        <translation>Nach dem Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../ui/plan/reminders.py" line="147"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../domain/validation.py" line="118"/>
        <source>“{typed}” is unclear: it may mean {grouped:,.0f} or {decimal}. Type {grouped:.0f} without the dot, or {decimal}.</source>
        <translation>„{typed}“ ist nicht eindeutig: Der Punkt kann Tausender trennen ({grouped:,.0f} in englischer Schreibweise) oder Dezimalstellen ({decimal}). Geben Sie {grouped:.0f} ohne Punkt ein oder {decimal}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="139"/>
        <source>“{typed}” is not a number. Type digits, for example 120.</source>
        <translation>„{typed}“ ist keine Zahl. Geben Sie Ziffern ein, zum Beispiel 120.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="150"/>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="151"/>
        <source>That number is too large (the most is {maximum}).</source>
        <translation>Diese Zahl ist zu groß (höchstens {maximum}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="152"/>
        <source>A percentage cannot be above 100.</source>
        <translation>Ein Prozentwert kann nicht über 100 liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="165"/>
        <source>Enter an ordinary number (not NaN or infinity).</source>
        <translation>Geben Sie eine gewöhnliche Zahl ein (nicht NaN oder unendlich).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="167"/>
        <source>The number cannot be negative.</source>
        <translation>Die Zahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="280"/>
        <source>{label} cannot be empty.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="206"/>
        <location filename="../../domain/validation.py" line="282"/>
        <source>{label} is {length} characters long; keep it under {limit}.</source>
        <translation>{label} ist {length} Zeichen lang; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="204"/>
        <source>{label} must be text.</source>
        <translation>{label} muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="211"/>
        <source>{label} holds a broken character (half of an emoji or symbol, often left by copy and paste). Delete it and type it again.</source>
        <translation>{label} enthält ein defektes Zeichen (die Hälfte eines Emojis oder Symbols, oft ein Überbleibsel von Kopieren und Einfügen). Löschen Sie es und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="216"/>
        <source>{label} holds an invisible control character (number {number}). Delete it, or retype the text instead of pasting it.</source>
        <translation>{label} enthält ein unsichtbares Steuerzeichen (Nummer {number}). Löschen Sie es oder tippen Sie den Text neu, statt ihn einzufügen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="240"/>
        <location filename="../../services/strategies.py" line="88"/>
        <source>This field</source>
        <translation>Dieses Feld</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="254"/>
        <source>That record no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="298"/>
        <source>{day} is still to come: a check-in records a figure already read (today is {today}).</source>
        <translation>Der {day} liegt noch vor uns: Ein Check-in hält einen bereits abgelesenen Wert fest (heute ist der {today}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="318"/>
        <source>The strategy</source>
        <translation>Die Strategie</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="322"/>
        <source>Unknown day code {code}.</source>
        <translation>Unbekanntes Tageskürzel {code}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="327"/>
        <source>Give both an opening and a closing time, or neither.</source>
        <translation>Geben Sie sowohl eine Öffnungs- als auch eine Schließzeit an oder keine von beiden.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="331"/>
        <source>Closing time must be after the opening time.</source>
        <translation>Die Schließzeit muss nach der Öffnungszeit liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="335"/>
        <source>Pick the days these business hours apply to.</source>
        <translation>Wählen Sie die Tage, für die diese Geschäftszeiten gelten.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="344"/>
        <source>Pick the network this goal is about.</source>
        <translation>Wählen Sie das Netzwerk, um das es bei diesem Ziel geht.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="346"/>
        <source>The metric</source>
        <translation>Die Kennzahl</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="350"/>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="358"/>
        <source>Enter the date you read this value.</source>
        <translation>Geben Sie das Datum ein, an dem Sie diesen Wert abgelesen haben.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="360"/>
        <source>The date you read the value cannot be in the future.</source>
        <translation>Das Datum, an dem Sie den Wert abgelesen haben, darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="364"/>
        <location filename="../../services/measurements.py" line="55"/>
        <source>The source</source>
        <translation>Die Quelle</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="369"/>
        <source>The link to an outcome</source>
        <translation>Der Bezug zu einem Ergebnis</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="379"/>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="387"/>
        <source>Enter the date the goal starts.</source>
        <translation>Geben Sie das Startdatum des Ziels ein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="389"/>
        <source>Enter a deadline.</source>
        <translation>Geben Sie einen Stichtag ein.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="391"/>
        <source>The deadline must come after the start date.</source>
        <translation>Der Stichtag muss nach dem Startdatum liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="393"/>
        <source>The deadline is in the past; pick a date from today on.</source>
        <translation>Der Stichtag liegt in der Vergangenheit; wählen Sie ein Datum ab heute.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="399"/>
        <source>Keep the deadline within {years} years of the start.</source>
        <translation>Der Stichtag darf höchstens {years} Jahre nach dem Start liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="407"/>
        <source>The goal cannot start before the day you read the baseline.</source>
        <translation>Das Ziel kann nicht vor dem Tag beginnen, an dem Sie den Ausgangswert abgelesen haben.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="416"/>
        <source>The purpose</source>
        <translation>Der Zweck</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="417"/>
        <source>The impact</source>
        <translation>Die Auswirkung</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="418"/>
        <source>The audience</source>
        <translation>Die Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="441"/>
        <source>The benchmark must be above your starting value of {base}.</source>
        <translation>Der Richtwert muss über Ihrem Ausgangswert von {base} liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="443"/>
        <source>The benchmark must be below your starting value of {base} (less is better for this metric).</source>
        <translation>Der Richtwert muss unter Ihrem Ausgangswert von {base} liegen (bei dieser Kennzahl ist weniger besser).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="458"/>
        <source>The stretch target must be above the benchmark of {benchmark}.</source>
        <translation>Das Wunschziel muss über dem Richtwert von {benchmark} liegen.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="460"/>
        <source>The stretch target must be below the benchmark of {benchmark} (less is better for this metric).</source>
        <translation>Das Wunschziel muss unter dem Richtwert von {benchmark} liegen (bei dieser Kennzahl ist weniger besser).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="474"/>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="478"/>
        <source>A task lasts between 1 minute and 24 hours.</source>
        <translation>Eine Aufgabe dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="482"/>
        <source>The task would run past midnight; start earlier or shorten it.</source>
        <translation>Die Aufgabe würde über Mitternacht hinaus dauern; beginnen Sie früher oder kürzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="491"/>
        <source>The notes</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="511"/>
        <source>Task {number}: {message}</source>
        <translation>Aufgabe {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="517"/>
        <source>A week has 168 hours.</source>
        <translation>Eine Woche hat 168 Stunden.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="529"/>
        <source>Add at least one task: a goal alone changes nothing, the work you schedule does.</source>
        <translation>Fügen Sie mindestens eine Aufgabe hinzu: Ein Ziel allein ändert nichts, die eingeplante Arbeit schon.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="310"/>
        <location filename="../../io/data_import.py" line="411"/>
        <location filename="../../services/measurements.py" line="179"/>
        <location filename="../../services/plan.py" line="237"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="15"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="16"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="17"/>
        <source>Starting point</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="18"/>
        <source>SMART goal</source>
        <translation>SMART-Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="19"/>
        <source>Why</source>
        <translation>Das Warum</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="20"/>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="21"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="22"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="30"/>
        <source>Change what you need; the goal stays as it was until you press “{finish}”.</source>
        <translation>Ändern Sie, was nötig ist; das Ziel bleibt, wie es war, bis Sie auf „{finish}“ klicken.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="34"/>
        <source>About five minutes. Nothing is saved as a goal until you press “{finish}”.</source>
        <translation>Dauert etwa fünf Minuten. Das Ziel wird erst gespeichert, wenn Sie am Ende auf „{finish}“ klicken.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="40"/>
        <source>Edit your goal</source>
        <translation>Ihr Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="42"/>
        <source>Set a goal that means something</source>
        <translation>Setzen Sie sich ein Ziel, das etwas bedeutet</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="46"/>
        <source>This wizard takes you from “we post a lot” to one SMART goal:
  1. the strategy the goal serves,
  2. where you start today, read from your analytics,
  3. a specific goal with a start and a deadline,
  4. why it matters and who it must reach,
  5. a realistic benchmark and a bold stretch target,
  6. the weekly tasks that will get you there.

Your answers are kept as you go: if you close the window, you can carry on later.</source>
        <translation>Dieser Assistent führt Sie von „Wir posten viel“ zu einem SMART-Ziel:
  1. die Strategie, der das Ziel dient,
  2. wo Sie heute stehen, abgelesen aus Ihren Statistiken,
  3. ein konkretes Ziel mit Startdatum und Stichtag,
  4. warum es wichtig ist und wen es erreichen muss,
  5. ein realistischer Richtwert und ein ehrgeiziges Wunschziel,
  6. die wöchentlichen Aufgaben, die Sie dorthin bringen.

Ihre Antworten werden laufend gespeichert: Wenn Sie das Fenster schließen, können Sie später weitermachen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="69"/>
        <source>“{goal}”, stopped at: {page}.</source>
        <translation>„{goal}“, unterbrochen bei: {page}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="73"/>
        <source>Stopped at: {page}.</source>
        <translation>Unterbrochen bei: {page}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="76"/>
        <source>&amp;Resume where I left off</source>
        <translation>&amp;Dort weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="80"/>
        <source>Start &amp;over with what is saved for this goal</source>
        <translation>&amp;Von vorn beginnen mit dem gespeicherten Stand dieses Ziels</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="82"/>
        <source>Start &amp;over with a new goal</source>
        <translation>&amp;Von vorn beginnen mit einem neuen Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/welcome.py" line="92"/>
        <source>You have an unfinished goal.</source>
        <translation>Sie haben ein nicht abgeschlossenes Ziel.</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../../ui/wizard/why.py" line="15"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="16"/>
        <source>Writing the why down keeps you at the work, and shapes how you work.</source>
        <translation>Wenn Sie das Warum aufschreiben, bleiben Sie eher dran, und es prägt, wie Sie arbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="24"/>
        <source>The larger &amp;purpose</source>
        <translation>&amp;Höherer Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="27"/>
        <source>A book deal, a launch in six months, a reputation for service…</source>
        <translation>Ein Buchvertrag, ein Produktstart in sechs Monaten, ein Ruf für guten Service…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="34"/>
        <source>&amp;Impact of success or failure</source>
        <translation>&amp;Folgen von Erfolg oder Misserfolg</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="41"/>
        <source>The &amp;audience it must reach</source>
        <translation>Ziel&amp;gruppe, die erreicht werden muss</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="44"/>
        <source>A targeted group, not just more people: who exactly should act?</source>
        <translation>Eine bestimmte Gruppe, nicht einfach mehr Menschen: Wer genau soll handeln?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/why.py" line="50"/>
        <source>Because the purpose is what counts, shortcuts such as buying followers defeat it: they add numbers, not the people who act.</source>
        <translation>Weil es auf den Zweck ankommt, verfehlen Abkürzungen wie gekaufte Follower ihn: sie bringen Zahlen, aber nicht die Menschen, die handeln.</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <location filename="../../ui/workspace_menu.py" line="70"/>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="75"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="77"/>
        <source>Add a workspace for another business or client</source>
        <translation>Einen Arbeitsbereich für ein weiteres Unternehmen oder einen Kunden anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="79"/>
        <source>&amp;Rename workspace…</source>
        <translation>Arbeitsbereich &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="81"/>
        <source>Give the open workspace another name</source>
        <translation>Dem geöffneten Arbeitsbereich einen anderen Namen geben</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="101"/>
        <source>The workspaces could not be read</source>
        <translation>Die Arbeitsbereiche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="113"/>
        <location filename="../../ui/workspace_menu.py" line="167"/>
        <source>The workspace could not be opened</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="128"/>
        <source>{name} (read only)</source>
        <translation>{name} (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="134"/>
        <source>Workspace: {name}</source>
        <translation>Arbeitsbereich: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="135"/>
        <source>The open workspace; the Workspace menu opens another</source>
        <translation>Der geöffnete Arbeitsbereich; das Menü „Arbeitsbereich“ öffnet einen anderen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="142"/>
        <source>&amp;{number} {name}</source>
        <translation>&amp;{number} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="148"/>
        <source>Show the goals and plan of “{name}”</source>
        <translation>Die Ziele und den Plan von „{name}“ zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="172"/>
        <source>Opened the workspace “{name}”.</source>
        <translation>Arbeitsbereich „{name}“ geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="188"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="189"/>
        <source>Name of the new workspace (a business, or one client of yours):</source>
        <translation>Name des neuen Arbeitsbereichs (ein Unternehmen oder einer Ihrer Kunden):</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="198"/>
        <source>The workspace was not added</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="203"/>
        <source>Added the workspace “{name}”: set up its first goal.</source>
        <translation>Arbeitsbereich „{name}“ angelegt: Richten Sie sein erstes Ziel ein.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="213"/>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="214"/>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_menu.py" line="222"/>
        <source>The workspace was not renamed</source>
        <translation>Der Arbeitsbereich wurde nicht umbenannt</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../domain/workspaces.py" line="18"/>
        <source>The workspace&apos;s name</source>
        <translation>Der Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../domain/workspaces.py" line="23"/>
        <source>There is already a workspace named “{name}”.</source>
        <translation>Es gibt bereits einen Arbeitsbereich namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../domain/workspaces.py" line="36"/>
        <source>There is no workspace named “{name}”. The workspaces are: {names}.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „{name}“. Die Arbeitsbereiche sind: {names}.</translation>
    </message>
    <message>
        <location filename="../../services/workspaces.py" line="97"/>
        <source>On a server only its administrator adds workspaces: ask your administrator (smartgoals admin workspace add).</source>
        <translation>Auf einem Server legt nur die Administration Arbeitsbereiche an: Wenden Sie sich an Ihre Administration (smartgoals admin workspace add).</translation>
    </message>
    <message>
        <location filename="../../services/workspaces.py" line="125"/>
        <source>Only an owner of this workspace may rename it: ask its administrator. Nothing was changed.</source>
        <translation>Nur ein Eigentümer dieses Arbeitsbereichs darf ihn umbenennen: Wenden Sie sich an die Administration. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="87"/>
        <source>My business</source>
        <translation>Mein Unternehmen</translation>
    </message>
</context>
</TS>
