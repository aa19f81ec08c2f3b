<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="15"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="18"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln goal</numerusform>
            <numerusform>%Ln goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="21"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_parts.py" line="69"/>
        <source>&amp;Import %Ln day(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln day</numerusform>
            <numerusform>&amp;Import %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_parts.py" line="76"/>
        <source>%Ln day(s) ready to import, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln day ready to import, from {first} to {last}.</numerusform>
            <numerusform>%Ln days ready to import, from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_parts.py" line="82"/>
        <source>Left out: %Ln row(s) at fault.</source>
        <translation>
            <numerusform>Left out: %Ln row at fault.</numerusform>
            <numerusform>Left out: %Ln rows at fault.</numerusform>
        </translation>
    </message>
</context>
</TS>
