<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditBox</name>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entry(ies) checked, none was changed or removed.</source>
        <translation>
            <numerusform>The trail is intact: %n entry checked, none was changed or removed.</numerusform>
            <numerusform>The trail is intact: %n entries checked, none was changed or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>After several wrong tries, Helpdesk waits a little longer each time: %n second(s) left.</source>
        <translation>
            <numerusform>After several wrong tries, Helpdesk waits a little longer each time: %n second left.</numerusform>
            <numerusform>After several wrong tries, Helpdesk waits a little longer each time: %n seconds left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message numerus="yes">
        <source>%n match(es): keep typing or click one</source>
        <translation>
            <numerusform>%n match: keep typing or click one</numerusform>
            <numerusform>%n matches: keep typing or click one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n group session(s)).</source>
        <translation>
            <numerusform>Saved: {path} (%n group session).</numerusform>
            <numerusform>Saved: {path} (%n group sessions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: {path} (%n visit(s)).</source>
        <translation>
            <numerusform>Saved: {path} (%n visit).</numerusform>
            <numerusform>Saved: {path} (%n visits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Saved: notes are kept for %n day(s).</source>
        <translation>
            <numerusform>Saved: notes are kept for %n day.</numerusform>
            <numerusform>Saved: notes are kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No note is older than %n day(s): nothing to erase.</source>
        <translation>
            <numerusform>No note is older than %n day: nothing to erase.</numerusform>
            <numerusform>No note is older than %n days: nothing to erase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of visits older than {days} days will be erased. A backup is made first; the visits themselves stay. This cannot be undone here.</source>
        <translation>
            <numerusform>%n note of visits older than {days} days will be erased. A backup is made first; the visits themselves stay. This cannot be undone here.</numerusform>
            <numerusform>%n notes of visits older than {days} days will be erased. A backup is made first; the visits themselves stay. This cannot be undone here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) erased.</source>
        <translation>
            <numerusform>%n note erased.</numerusform>
            <numerusform>%n notes erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message numerus="yes">
        <source>Session at {0}, open since {1}: %n visit(s)</source>
        <translation>
            <numerusform>Session at {0}, open since {1}: %n visit</numerusform>
            <numerusform>Session at {0}, open since {1}: %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummaryView</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) turned away</source>
        <translation>
            <numerusform>%n person turned away</numerusform>
            <numerusform>%n people turned away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message numerus="yes">
        <source>{day}, {spot}: {title}, %n participant(s)</source>
        <translation>
            <numerusform>{day}, {spot}: {title}, %n participant</numerusform>
            <numerusform>{day}, {spot}: {title}, %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) so far</source>
        <translation>
            <numerusform>%n visit so far</numerusform>
            <numerusform>%n visits so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group session saved: {title}, %n participant(s).</source>
        <translation>
            <numerusform>Group session saved: {title}, %n participant.</numerusform>
            <numerusform>Group session saved: {title}, %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message numerus="yes">
        <source>%n question type(s) to choose from.</source>
        <translation>
            <numerusform>%n question type to choose from.</numerusform>
            <numerusform>%n question types to choose from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) to choose from.</source>
        <translation>
            <numerusform>%n outcome to choose from.</numerusform>
            <numerusform>%n outcomes to choose from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s).</source>
        <translation>
            <numerusform>%n new item.</numerusform>
            <numerusform>%n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out of the file were kept as retired, so older visits stay readable.</source>
        <translation>
            <numerusform>%n item left out of the file were kept as retired, so older visits stay readable.</numerusform>
            <numerusform>%n items left out of the file were kept as retired, so older visits stay readable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n visit or session to send</numerusform>
            <numerusform>%n visits or sessions to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTargetsBox</name>
    <message numerus="yes">
        <source>%n visit(s) or session(s) to send</source>
        <translation>
            <numerusform>%n visit or session to send</numerusform>
            <numerusform>%n visits or sessions to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message numerus="yes">
        <source>This note will be erased at the next clean-up: the visit is older than the %n day(s) notes are kept.</source>
        <translation>
            <numerusform>This note will be erased at the next clean-up: the visit is older than the %n day notes are kept.</numerusform>
            <numerusform>This note will be erased at the next clean-up: the visit is older than the %n days notes are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes are erased after %n day(s).</source>
        <translation>
            <numerusform>Notes are erased after %n day.</numerusform>
            <numerusform>Notes are erased after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTime</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message numerus="yes">
        <source>%n visit(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n visit shown; scroll down for older ones</numerusform>
            <numerusform>%n visits shown; scroll down for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a time that cannot be read: open it to correct the time)</source>
        <translation>
            <numerusform>(%n with a time that cannot be read: open it to correct the time)</numerusform>
            <numerusform>(%n with a time that cannot be read: open it to correct the time)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>