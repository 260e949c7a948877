<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Updated</translation>
    </message>
    <message>
        <source>Unchanged (already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean (CP949/EUC-KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS/cp932)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (GBK/GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Big5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deadlines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OfficerDesk</source>
        <translation>About OfficerDesk</translation>
    </message>
    <message>
        <source>Meeting notes, company requests, contacts and briefs for overseas IP officers, encrypted on this laptop and synced with HQ.</source>
        <translation>Meeting notes, company requests, contacts and briefs for overseas IP officers, encrypted on this laptop and synced with HQ.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>OfficerDesk %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefsView</name>
    <message>
        <source>Making briefs is not available in this build yet.</source>
        <translation>Making briefs is not available in this build yet.</translation>
    </message>
    <message>
        <source>New brief…</source>
        <translation>New brief…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>The PDF of this brief is not on this laptop.</source>
        <translation>The PDF of this brief is not on this laptop.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Meeting brief</source>
        <translation>Meeting brief</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Trend brief</source>
        <translation>Trend brief</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Contact sheet</translation>
    </message>
    <message>
        <source>HQ roll-up</source>
        <translation>HQ roll-up</translation>
    </message>
    <message>
        <source>Handover brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>Sent to HQ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>Name (Korean)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>Business number</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Company</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Local subsidiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Size</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyRequestEditor</name>
    <message>
        <source>Company request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priority</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Choose contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Meetings</translation>
    </message>
    <message>
        <source>Choose meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request to move it along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is finished; no further steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>No conflicts. Edits made here and elsewhere at the same time appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text (edit, then save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this record while you edited it. Keep mine restores it; keep theirs leaves it deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this text while you changed it too. Keep one side, or merge both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Name in other scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 山田太郎 / Yamada Taro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. work: +82 2 123 4567, cell: +82 10 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished">Last contacted</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>Due in the next two weeks</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Open requests by status</translation>
    </message>
    <message>
        <source>Open requests by category</source>
        <translation>Open requests by category</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation type="vanished">Recent meetings</translation>
    </message>
    <message>
        <source>Sync with HQ</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>Nothing due soon</source>
        <translation>Nothing due soon</translation>
    </message>
    <message>
        <source>No open requests</source>
        <translation>No open requests</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation type="vanished">No meetings yet</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 overdue requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All upcoming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <source>OfficerDesk: deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within three days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn reminders off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation type="vanished">Preparing the demo profile…</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was not prepared; it will be prepared at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo without a local HQ: it is not part of this build</source>
        <translation>Demo without a local HQ: it is not part of this build</translation>
    </message>
    <message>
        <source>Local HQ running at %1</source>
        <translation>Local HQ running at %1</translation>
    </message>
    <message>
        <source>Demo without a local HQ: it did not start</source>
        <translation>Demo without a local HQ: it did not start</translation>
    </message>
    <message>
        <source>Starting the local HQ…</source>
        <translation>Starting the local HQ…</translation>
    </message>
    <message>
        <source>Demo without a local HQ</source>
        <translation>Demo without a local HQ</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change to send</numerusform>
            <numerusform>%Ln changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>OfficerDesk %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ: not tried yet</source>
        <translation>HQ: not tried yet</translation>
    </message>
    <message>
        <source>HQ: not connected</source>
        <translation>HQ: not connected</translation>
    </message>
    <message>
        <source>HQ: online</source>
        <translation>HQ: online</translation>
    </message>
    <message>
        <source>HQ: offline</source>
        <translation>HQ: offline</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="vanished">Deleted “%1”</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OfficerDesk was closed while these records had unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised Romanisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot reach HQ at %1, so this laptop is not enrolled yet. Check the address and the network, then press Connect to HQ again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach HQ. Your work is kept on this laptop and will be sent at the next sync.</source>
        <translation>Cannot reach HQ. Your work is kept on this laptop and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Something went wrong: %1. Your data is safe; the details are in the log.</source>
        <translation>Something went wrong: %1. Your data is safe; the details are in the log.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this laptop (%1). Enrol it again in Settings → HQ connection.</source>
        <translation>HQ no longer accepts this laptop (%1). Enrol it again in Settings → HQ connection.</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>Enrol again…</translation>
    </message>
    <message>
        <source>OfficerDesk</source>
        <translation>OfficerDesk</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By each record&apos;s own date: a meeting&apos;s day, a request&apos;s receipt, a follow-up&apos;s due date. Organizations and companies are all written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include restricted (대외비) records: the file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choose…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted records are written too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restricted records will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the contact cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restricted records were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished">Post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by title or name…</source>
        <translation type="vanished">Filter by title or name…</translation>
    </message>
    <message>
        <source>Saved views; the last line keeps this filter as a view of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by any word, name or number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>All posts</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to OfficerDesk</source>
        <translation>Welcome to OfficerDesk</translation>
    </message>
    <message>
        <source>Tell OfficerDesk who you are and which post this laptop works for. Your records stay encrypted on this laptop.</source>
        <translation>Tell OfficerDesk who you are and which post this laptop works for. Your records stay encrypted on this laptop.</translation>
    </message>
    <message>
        <source>e.g. 김민수</source>
        <translation>e.g. 김민수</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Follow-up</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation type="unfinished">Choose a meeting</translation>
    </message>
    <message>
        <source>Company request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company request</source>
        <translation type="unfinished">Choose a company request</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Follow-ups</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>New follow-up: what needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first to add follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>OfficerDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverCard</name>
    <message>
        <source>Handed over to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Start a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices stop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests, open follow-ups and upcoming meetings of the departing officer go to the successor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ reassigned {0} requests, {1} follow-ups and {2} meetings; they arrive with the next sync. The departing officer&apos;s devices stop on {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned here: {0} requests, {1} follow-ups and {2} meetings; they reach HQ with the next sync. Devices are revoked only by HQ: start the handover again once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the handover to HQ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Choose a CSV, vCard, iCalendar or JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from Outlook, Google, Naver or Thunderbird (CSV or vCard), meetings from a calendar (iCalendar), or records exported by OfficerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file (change what a column is imported as):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel leaves the profile as it was: nothing of the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (*.csv *.tsv *.vcf *.vcard *.ics *.ical *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 records of the file. %2 of its records are already in the profile (the same id or UID): the import updates them with the file&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet importable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OfficerDesk records (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
</context>
<context>
    <name>KeyMissingDialog</name>
    <message>
        <source>The database key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in %1 cannot be opened: its key is missing from the OS keyring (a reset keyring, a new user account or a copied profile). Nothing was changed. Backups are locked with the same key, so the key itself must come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Recover through HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask HQ for a recovery code for this laptop (it is valid once, for a day). HQ gives the key back; edits not yet sent to HQ are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover from your recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choose…</translation>
    </message>
    <message>
        <source>Recovery file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open OfficerDesk on a new profile folder (officerdesk --profile NEW_FOLDER), enrol it with a new code from HQ and pull the post&apos;s records. What you lose: edits not yet sent to HQ and anything kept only on this laptop. They stay in this locked file, which is kept as it is, until its key is recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code HQ gave you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking HQ for the key… On a slow line this can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recovery file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the recovery file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. If HQ answers after all, the key is kept and OfficerDesk opens; otherwise try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not give the key back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery failed unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Undo</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in list</source>
        <translation>Find in list</translation>
    </message>
    <message>
        <source>Search everywhere…</source>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>New brief…</source>
        <translation>New brief…</translation>
    </message>
    <message>
        <source>Brief this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>About OfficerDesk</source>
        <translation>About OfficerDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Search everywhere (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Possible &amp;duplicate contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Start a &amp;handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved meeting or company request to brief it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving keeps them as a draft, offered next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. They are kept as a draft and offered next time. Quit now?</source>
        <translation type="vanished">You have unsaved changes. They are kept as a draft and offered next time. Quit now?</translation>
    </message>
    <message>
        <source>Conflicts are not available in this build.</source>
        <translation>Conflicts are not available in this build.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Location</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees and linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose company requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and requests naming the other contact will name the one kept; the other goes to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Company requests</source>
        <translation>Company requests</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Trend notes</source>
        <translation>Trend notes</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBriefDialog</name>
    <message>
        <source>Meeting brief</source>
        <translation type="vanished">Meeting brief</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="vanished">Case report</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation type="vanished">Activity report</translation>
    </message>
    <message>
        <source>Trend brief</source>
        <translation type="vanished">Trend brief</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation type="vanished">Contact sheet</translation>
    </message>
    <message>
        <source>HQ roll-up</source>
        <translation type="vanished">HQ roll-up</translation>
    </message>
    <message>
        <source>New brief</source>
        <translation>New brief</translation>
    </message>
    <message>
        <source>No record chosen</source>
        <translation>No record chosen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Include restricted (대외비) records</source>
        <translation>Include restricted (대외비) records</translation>
    </message>
    <message>
        <source>Build preview</source>
        <translation>Build preview</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Departing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise and queue for HQ</source>
        <translation>Finalise and queue for HQ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>Choose a meeting</translation>
    </message>
    <message>
        <source>Choose a company request</source>
        <translation>Choose a company request</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Gathering the records…</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised as %1; it will be sent to HQ at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typesetting…</source>
        <translation>Typesetting…</translation>
    </message>
    <message>
        <source>Building the brief</source>
        <translation>Building the brief</translation>
    </message>
    <message>
        <source>The brief was not built.</source>
        <translation>The brief was not built.</translation>
    </message>
    <message>
        <source>Options changed while building; build again to see them.</source>
        <translation>Options changed while building; build again to see them.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>Restricted records left out: %1</source>
        <translation>Restricted records left out: %1</translation>
    </message>
    <message>
        <source>Some characters print as placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Save brief</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Finalised; it will be sent to HQ at the next sync.</source>
        <translation type="vanished">Finalised; it will be sent to HQ at the next sync.</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OfficerDesk</source>
        <translation>OfficerDesk</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Name (local script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts look like the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that may be one person: the same e-mail or phone, or the same name in another script. Merge only those you know are one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Record</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished">Classification</translation>
    </message>
    <message>
        <source>Build a PDF brief of this record as it is saved (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Delete “%1”? Undo (Ctrl+Z) or the Trash brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new record? It was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this view. Choose “All” to see every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>No records match the filter.</translation>
    </message>
    <message>
        <source>No briefs yet. New brief… (Ctrl+B) makes one.</source>
        <translation>No briefs yet. New brief… (Ctrl+B) makes one.</translation>
    </message>
    <message>
        <source>Nothing here yet. New (Ctrl+N) adds the first one.</source>
        <translation>Nothing here yet. New (Ctrl+N) adds the first one.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything found is already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>Select a record in the list</source>
        <translation>Select a record in the list</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Show deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Upcoming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>This week&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Search meetings, requests, contacts, companies…</source>
        <translation>Search meetings, requests, contacts, companies…</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More… (%1 not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backup written and verified:
%1</source>
        <translation>Backup written and verified:
%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>HQ connection</source>
        <translation>HQ connection</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation type="unfinished">Briefs</translation>
    </message>
    <message>
        <source>A new language applies when OfficerDesk next starts.</source>
        <translation>A new language applies when OfficerDesk next starts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Remind me of overdue and due-soon follow-ups and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time code from your HQ administrator</source>
        <translation>one-time code from your HQ administrator</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>Connect to HQ</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>HQ address:</source>
        <translation>HQ address:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Backups are encrypted with this profile&apos;s key and checked after writing. OfficerDesk also makes one every day and before every upgrade.</source>
        <translation>Backups are encrypted with this profile&apos;s key and checked after writing. OfficerDesk also makes one every day and before every upgrade.</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Backups folder:</translation>
    </message>
    <message>
        <source>A recovery file holds this profile&apos;s database key, locked with a passphrase you choose. If the OS keyring loses the key, the file and its passphrase open the database and its backups again. Keep the file offline, apart from the laptop, and the passphrase apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recovery file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of every brief names its recipient and sender the way HQ&apos;s reports do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 산업재산보호협력국장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 특허관</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (수신):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (직위):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Not connected. Enter the HQ address and the one-time code.</source>
        <translation>Not connected. Enter the HQ address and the one-time code.</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Connecting to HQ…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>OfficerDesk backups (*.db)</source>
        <translation>OfficerDesk backups (*.db)</translation>
    </message>
    <message>
        <source>The backup was restored; the previous database was saved to %1. OfficerDesk will now close; start it again to continue.</source>
        <translation>The backup was restored; the previous database was saved to %1. OfficerDesk will now close; start it again to continue.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Writing the recovery file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Syncing with HQ…</source>
        <translation>Syncing with HQ…</translation>
    </message>
    <message>
        <source>HQ refused this laptop: connect it again in Settings → HQ connection.</source>
        <translation>HQ refused this laptop: connect it again in Settings → HQ connection.</translation>
    </message>
    <message>
        <source>HQ cannot be reached; changes wait on this laptop.</source>
        <translation>HQ cannot be reached; changes wait on this laptop.</translation>
    </message>
    <message>
        <source>Sync complete: %1 sent, %2 received, %3 conflict(s).</source>
        <translation>Sync complete: %1 sent, %2 received, %3 conflict(s).</translation>
    </message>
    <message>
        <source>%1 brief(s) could not be sent to HQ and will be tried again later.</source>
        <translation>%1 brief(s) could not be sent to HQ and will be tried again later.</translation>
    </message>
    <message>
        <source>This laptop is not connected to HQ yet. Connect it in Settings → HQ connection with the one-time code your HQ administrator gave you.</source>
        <translation>This laptop is not connected to HQ yet. Connect it in Settings → HQ connection with the one-time code your HQ administrator gave you.</translation>
    </message>
    <message>
        <source>Open HQ connection…</source>
        <translation>Open HQ connection…</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>comma-separated, e.g. RCEP, customs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records stay here and can be brought back; a restore syncs like any edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or name…</source>
        <translation type="unfinished">Filter by title or name…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendNoteEditor</name>
    <message>
        <source>Trend note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished">Topic</translation>
    </message>
    <message>
        <source>e.g. RCEP, digital economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Summary and implications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implications for companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trend note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished">Deleted “%1”</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStrip</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
