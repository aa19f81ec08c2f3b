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
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/startup.py" line="76"/>
        <source>Opening your goals…</source>
        <translation>Ihre Ziele werden geöffnet …</translation>
    </message>
</context>
</TS>
