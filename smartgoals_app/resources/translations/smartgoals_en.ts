<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchivedStrategies</name>
    <message numerus="yes">
        <location filename="../../ui/strategy/archived.py" line="60"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln goal</numerusform>
            <numerusform>%Ln goals</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <location filename="../../ui/counts.py" line="25"/>
        <source>Left out: %Ln row(s) at fault.</source>
        <translation>
            <numerusform>Left out: %Ln row at fault.</numerusform>
            <numerusform>Left out: %Ln rows at fault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <location filename="../../ui/wizard/export_summary.py" line="23"/>
        <source>%Ln day(s) from {first} to {last}; today&apos;s value is the figure of {last}.</source>
        <translation>
            <numerusform>%Ln day from {first} to {last}; today&apos;s value is the figure of {last}.</numerusform>
            <numerusform>%Ln days from {first} to {last}; today&apos;s value is the figure of {last}.</numerusform>
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
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/plan/month_view.py" line="142"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln goal</numerusform>
            <numerusform>%Ln goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategyActions</name>
    <message numerus="yes">
        <location filename="../../ui/strategy/actions.py" line="107"/>
        <source>Archive the strategy “{strategy}” with its %Ln active goal(s)? They leave the goal list, the plan and the reminders; nothing is deleted, and Goal ▸ Archived strategies… brings them back.</source>
        <translation>
            <numerusform>Archive the strategy “{strategy}” with its %Ln active goal? They leave the goal list, the plan and the reminders; nothing is deleted, and Goal ▸ Archived strategies… brings them back.</numerusform>
            <numerusform>Archive the strategy “{strategy}” with its %Ln active goals? They leave the goal list, the plan and the reminders; nothing is deleted, and Goal ▸ Archived strategies… brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
