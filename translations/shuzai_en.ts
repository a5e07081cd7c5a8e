<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="+12"/>
        <source>run campaigns</source>
        <translation>run campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change campaign settings</source>
        <translation>change campaign settings</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="+27"/>
        <source>change the roster</source>
        <translation>change the roster</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+34"/>
        <source>link answers and pick quotes</source>
        <translation>link answers and pick quotes</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+18"/>
        <location filename="../core/services/schedulingservice.cpp" line="+24"/>
        <source>schedule interviews</source>
        <translation>schedule interviews</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="+76"/>
        <source>change transcripts</source>
        <translation>change transcripts</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="+87"/>
        <source>change letter templates</source>
        <translation>change letter templates</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+158"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+341"/>
        <source>send request letters</source>
        <translation>send request letters</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record replies to request letters</source>
        <translation>record replies to request letters</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="+106"/>
        <source>send content for review</source>
        <translation>send content for review</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>record review corrections</source>
        <translation>record review corrections</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>approve content for publication</source>
        <translation>approve content for publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record a withdrawal</source>
        <translation>record a withdrawal</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="+396"/>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+170"/>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_categories.cpp" line="+14"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="+13"/>
        <source>change the categories and template questions</source>
        <translation>change the categories and template questions</translation>
    </message>
    <message>
        <location filename="../core/services/letterimportservice.cpp" line="+54"/>
        <source>create campaigns</source>
        <translation>create campaigns</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice.cpp" line="+41"/>
        <source>publish to the team&apos;s calendars</source>
        <translation>publish to the team&apos;s calendars</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice.cpp" line="+19"/>
        <source>fetch the mailbox</source>
        <translation>fetch the mailbox</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice_proposals.cpp" line="+24"/>
        <source>decide on reply proposals</source>
        <translation>decide on reply proposals</translation>
    </message>
    <message>
        <location filename="../core/services/reviewmailservice.cpp" line="+187"/>
        <source>accept a correction proposed from mail</source>
        <translation>accept a correction proposed from mail</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/audit/auditentry.cpp" line="+14"/>
        <source>Request letter sent</source>
        <translation>Request letter sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request letter saved as a file</source>
        <translation>Request letter saved as a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request letter not delivered</source>
        <translation>Request letter not delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply recorded</source>
        <translation>Reply recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail received</source>
        <translation>Mail received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed reply accepted</source>
        <translation>Proposed reply accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed reply dismissed</source>
        <translation>Proposed reply dismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter template changed</source>
        <translation>Letter template changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created from a request letter</source>
        <translation>Campaign created from a request letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview added</source>
        <translation>Interview added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview booked</source>
        <translation>Interview booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview moved</source>
        <translation>Interview moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview cancelled</source>
        <translation>Interview cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview confirmed</source>
        <translation>Interview confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview reinstated</source>
        <translation>Interview reinstated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview deleted</source>
        <translation>Interview deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted interview restored</source>
        <translation>Deleted interview restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript imported</source>
        <translation>Transcript imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript edited</source>
        <translation>Transcript edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for review</source>
        <translation>Sent for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction recorded</source>
        <translation>Correction recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline status changed</source>
        <translation>Pipeline status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee added</source>
        <translation>Interviewee added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee details changed</source>
        <translation>Interviewee details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee removed</source>
        <translation>Interviewee removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created</source>
        <translation>Campaign created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created as a copy</source>
        <translation>Campaign created as a copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign archived</source>
        <translation>Campaign archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign unarchived</source>
        <translation>Campaign unarchived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign deleted</source>
        <translation>Campaign deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted campaign restored</source>
        <translation>Deleted campaign restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category added</source>
        <translation>Category added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category changed</source>
        <translation>Category changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category moved</source>
        <translation>Category moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category removed</source>
        <translation>Category removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question added</source>
        <translation>Template question added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question reworded</source>
        <translation>Template question reworded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question moved</source>
        <translation>Template question moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question removed</source>
        <translation>Template question removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question restored</source>
        <translation>Template question restored</translation>
    </message>
    <message>
        <location filename="../core/audit/auditsentence.cpp" line="+76"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how they appear</source>
        <translation>how they appear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <extracomment>Between the items of a list in a sentence (&quot;name, contact details&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) sent %3 the text to check (round %4)</source>
        <translation>%1 (%2) sent %3 the text to check (round %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%2) sent %3 %n passage(s) to check (round %4, %5); answer due %6</source>
        <translation>
            <numerusform>%1 (%2) sent %3 %n passage to check (round %4, %5); answer due %6</numerusform>
            <numerusform>%1 (%2) sent %3 %n passages to check (round %4, %5); answer due %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) recorded that %3 accepted the request</source>
        <translation>%1 (%2) recorded that %3 accepted the request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) recorded that %3 declined the request</source>
        <translation>%1 (%2) recorded that %3 declined the request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) recorded a question from %3</source>
        <translation>%1 (%2) recorded a question from %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) noted that %3 has not replied</source>
        <translation>%1 (%2) noted that %3 has not replied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) recorded that %3 withdrew (round %4)</source>
        <translation>%1 (%2) recorded that %3 withdrew (round %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) recorded that %3 approved the text with corrections (round %4)</source>
        <translation>%1 (%2) recorded that %3 approved the text with corrections (round %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) recorded that %3 approved the text (round %4)</source>
        <translation>%1 (%2) recorded that %3 approved the text (round %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added an interview with %3, not dated yet</source>
        <translation>%1 (%2) added an interview with %3, not dated yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) added an interview with %3 for %4</source>
        <translation>%1 (%2) added an interview with %3 for %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) pencilled in an interview with %3 for %4</source>
        <translation>%1 (%2) pencilled in an interview with %3 for %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) booked an interview with %3 for %4</source>
        <translation>%1 (%2) booked an interview with %3 for %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved the interview with %3 from %4 to %5</source>
        <translation>%1 (%2) moved the interview with %3 from %4 to %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) cancelled the interview with %3 on %4</source>
        <translation>%1 (%2) cancelled the interview with %3 on %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) deleted an interview with %3</source>
        <translation>%1 (%2) deleted an interview with %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) restored a deleted interview with %3</source>
        <translation>%1 (%2) restored a deleted interview with %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) confirmed the interview with %3 on %4</source>
        <translation>%1 (%2) confirmed the interview with %3 on %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) reinstated the interview with %3 on %4</source>
        <translation>%1 (%2) reinstated the interview with %3 on %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) changed %3&apos;s status from %4 to %5</source>
        <translation>%1 (%2) changed %3&apos;s status from %4 to %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) put %3 back on the list</source>
        <translation>%1 (%2) put %3 back on the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) added %3 to the list (%4)</source>
        <translation>%1 (%2) added %3 to the list (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) changed %3&apos;s %4</source>
        <translation>%1 (%2) changed %3&apos;s %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) removed %3 from the list</source>
        <translation>%1 (%2) removed %3 from the list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) created the campaign “%3”</source>
        <translation>%1 (%2) created the campaign “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) created the campaign “%3” from the request letter %4</source>
        <translation>%1 (%2) created the campaign “%3” from the request letter %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) created the campaign “%3” as a copy of “%4”</source>
        <translation>%1 (%2) created the campaign “%3” as a copy of “%4”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) archived the campaign “%3”</source>
        <translation>%1 (%2) archived the campaign “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) took the campaign “%3” out of the archive</source>
        <translation>%1 (%2) took the campaign “%3” out of the archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) deleted the campaign “%3”</source>
        <translation>%1 (%2) deleted the campaign “%3”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) restored the deleted campaign “%3”</source>
        <translation>%1 (%2) restored the deleted campaign “%3”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) added the category “%3”</source>
        <translation>%1 (%2) added the category “%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) renamed the category “%3” to “%4”</source>
        <translation>%1 (%2) renamed the category “%3” to “%4”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) changed the honorifics of the category “%3”</source>
        <translation>%1 (%2) changed the honorifics of the category “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved the category “%3” from place %4 to place %5</source>
        <translation>%1 (%2) moved the category “%3” from place %4 to place %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) removed the category “%3”</source>
        <translation>%1 (%2) removed the category “%3”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) added the template question “%3”</source>
        <translation>%1 (%2) added the template question “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) reworded the template question “%3”</source>
        <translation>%1 (%2) reworded the template question “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved a template question from place %3 to place %4</source>
        <translation>%1 (%2) moved a template question from place %3 to place %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) removed the template question “%3”</source>
        <translation>%1 (%2) removed the template question “%3”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) restored the template question “%3”</source>
        <translation>%1 (%2) restored the template question “%3”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) sent the request letter to %3</source>
        <translation>%1 (%2) sent the request letter to %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) saved the request letter to %3 as the file %4</source>
        <translation>%1 (%2) saved the request letter to %3 as the file %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) could not deliver the request letter to %3</source>
        <translation>%1 (%2) could not deliver the request letter to %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) fetched a mail that matches nobody</source>
        <translation>%1 (%2) fetched a mail that matches nobody</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) fetched a mail from %3</source>
        <translation>%1 (%2) fetched a mail from %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) accepted the reply Shuzai read from %3&apos;s mail</source>
        <translation>%1 (%2) accepted the reply Shuzai read from %3&apos;s mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) dismissed the reply Shuzai read from %3&apos;s mail</source>
        <translation>%1 (%2) dismissed the reply Shuzai read from %3&apos;s mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) went back to the built-in %3 letter template for “%4”</source>
        <translation>%1 (%2) went back to the built-in %3 letter template for “%4”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) changed the %3 letter template of “%4”</source>
        <translation>%1 (%2) changed the %3 letter template of “%4”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) imported the transcript “%4” of the interview with %3</source>
        <translation>%1 (%2) imported the transcript “%4” of the interview with %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) corrected a passage of the transcript of the interview with %3</source>
        <translation>%1 (%2) corrected a passage of the transcript of the interview with %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) recorded a correction from %3 (round %4)</source>
        <translation>%1 (%2) recorded a correction from %3 (round %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) added %3 as a user (%4)</source>
        <translation>%1 (%2) added %3 as a user (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) restored the database from the backup %3</source>
        <translation>%1 (%2) restored the database from the backup %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>no longer a user</source>
        <translation>no longer a user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a person since removed (no. %1)</source>
        <translation>a person since removed (no. %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) made a change: %3</source>
        <translation>%1 (%2) made a change: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before:
%1

After:
%2</source>
        <extracomment>An audit entry&apos;s text before and after the change, on lines of their own.</extracomment>
        <translation>Before:
%1

After:
%2</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="+74"/>
        <source>Interview: %1 (%2)</source>
        <translation>Interview: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) = %3 (%4)</source>
        <translation>%1 (%2) = %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice_sync.cpp" line="+271"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+38"/>
        <source>Archived on %1: read-only until unarchived.</source>
        <translation>Archived on %1: read-only until unarchived.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/letterimportcommands.cpp" line="+94"/>
        <source>Publication date: %1</source>
        <translation>Publication date: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/letterimportcommands.cpp" line="+1"/>
        <source>Interviews: %1 to %2, %3 minutes</source>
        <translation>Interviews: %1 to %2, %3 minutes</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Modes: %1</source>
        <translation>Modes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribution options: %1</source>
        <translation>Attribution options: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Category %1 (%2): %3, %4</source>
        <translation>Category %1 (%2): %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  -. %1 [removed; kept where answers are linked]</source>
        <translation>  -. %1 [removed; kept where answers are linked]</translation>
    </message>
    <message>
        <location line="+105"/>
        <location filename="../app/cli/categorycommands.cpp" line="+28"/>
        <source>	(archived)</source>
        <translation>	(archived)</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Candidate slots:</source>
        <translation>Candidate slots:</translation>
    </message>
    <message>
        <location filename="../app/cli/intervieweecommands.cpp" line="+87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading suggested from the name: %1 (check it; change it with interviewee edit %2 --reading).</source>
        <translation>Reading suggested from the name: %1 (check it; change it with interviewee edit %2 --reading).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+30"/>
        <source>Created %1 (schema %2).</source>
        <translation>Created %1 (schema %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ready (schema %2).</source>
        <translation>%1 is ready (schema %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/questioncommands.cpp" line="+19"/>
        <source>Questions for %1:</source>
        <translation>Questions for %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> [added]</source>
        <translation> [added]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [reworded from template %1]</source>
        <translation> [reworded from template %1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [removed from the template; kept for the linked answers]</source>
        <translation> [removed from the template; kept for the linked answers]</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="+19"/>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted interview %1.</source>
        <translation>Deleted interview %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommands.cpp" line="+92"/>
        <source>%1 (notes): %2</source>
        <translation>%1 (notes): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More results: use --offset %1</source>
        <translation>More results: use --offset %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(added)</source>
        <translation>(added)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>** no answer yet **</source>
        <translation>** no answer yet **</translation>
    </message>
    <message>
        <location filename="../app/cli/transcriptcommands.cpp" line="+51"/>
        <source>Format: %1, encoding: %2%3</source>
        <translation>Format: %1, encoding: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a guess: check the text)</source>
        <translation> (a guess: check the text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other possible encodings: %1 (choose one with --encoding)</source>
        <translation>Other possible encodings: %1 (choose one with --encoding)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments: %1</source>
        <translation>Segments: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines %1–%2</source>
        <translation>lines %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped, %1: %2: %3</source>
        <translation>Skipped, %1: %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not text, %1: %2: %3</source>
        <translation>Not text, %1: %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript %1 of interview %2: %3 (%4, %5)</source>
        <translation>Transcript %1 of interview %2: %3 (%4, %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (corrected)</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Imported transcript %1: %2 segments, speakers: %3</source>
        <translation>Imported transcript %1: %2 segments, speakers: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="+24"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="+69"/>
        <location filename="../app/cli/replyproposalcommands.cpp" line="+150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1	%2	due %3 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1	%2	due %3 (%n day overdue)</numerusform>
            <numerusform>%1	%2	due %3 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+64"/>
        <location filename="../app/cli/exportcommands.cpp" line="+48"/>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/dashboardcommands.cpp" line="+26"/>
        <source>%n day(s) to publication (%1); review answers due %2</source>
        <translation>
            <numerusform>%n day to publication (%1); review answers due %2</numerusform>
            <numerusform>%n days to publication (%1); review answers due %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication today (%1)</source>
        <translation>Publication today (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Published %n day(s) ago (%1)</source>
        <translation>
            <numerusform>Published %n day ago (%1)</numerusform>
            <numerusform>Published %n days ago (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 of %3 confirmed</source>
        <translation>%1: %2 of %3 confirmed</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+85"/>
        <source>Round %1: %2, due %3</source>
        <translation>Round %1: %2, due %3</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>  correction to %1: %2</source>
        <translation>  correction to %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="+49"/>
        <source>%1 is set up; %2 can log in as its editor.</source>
        <translation>%1 is set up; %2 can log in as its editor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/copycommands.cpp" line="+50"/>
        <source>Copied %n row(s); every table&apos;s checksum matches the original.</source>
        <translation>
            <numerusform>Copied %n row; every table&apos;s checksum matches the original.</numerusform>
            <numerusform>Copied %n rows; every table&apos;s checksum matches the original.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="+103"/>
        <source>Creates the database, or upgrades it.</source>
        <translation>Creates the database, or upgrades it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only reads the database (opened read-only).</source>
        <translation>Only reads the database (opened read-only).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes the database.</source>
        <translation>Changes the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the databases it names itself.</source>
        <translation>Opens the databases it names itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --%1 it only reads.</source>
        <translation>With --%1 it only reads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --%1 it changes the database.</source>
        <translation>With --%1 it changes the database.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be repeated</source>
        <translation>may be repeated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also --%1</source>
        <translation>also --%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exactly one of %1</source>
        <translation>exactly one of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most one of %1</source>
        <translation>at most one of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <location line="+131"/>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: shuzai-cli %1</source>
        <translation>Usage: shuzai-cli %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+131"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Global options: --db PATH, --json, --as USER, --lang ja|en (see shuzai-cli --help).</source>
        <translation>Global options: --db PATH, --json, --as USER, --lang ja|en (see shuzai-cli --help).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]

Global options (before or after the command):
  --db PATH      open this database file (default: %1), or the team server
                 postgresql://user@host:port/database (password: SHUZAI_DB_PASSWORD
                 or the system keychain)
  --json         print machine-readable UTF-8 JSON
  --as USER      act as this user (see: user list)
  --lang ja|en   language of messages (default: the system&apos;s)
  --help, --version

Commands:</source>
        <translation>Usage: shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]

Global options (before or after the command):
  --db PATH      open this database file (default: %1), or the team server
                 postgresql://user@host:port/database (password: SHUZAI_DB_PASSWORD
                 or the system keychain)
  --json         print machine-readable UTF-8 JSON
  --as USER      act as this user (see: user list)
  --lang ja|en   language of messages (default: the system&apos;s)
  --help, --version

Commands:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>shuzai-cli COMMAND --help (or shuzai-cli help COMMAND) shows what a command&apos;s arguments and options accept. Commands about a campaign&apos;s people take --campaign ID (default: the campaign with the latest publication date). Exit status: 0 success, 2 usage error, 1 any other error (message on stderr).</source>
        <translation>shuzai-cli COMMAND --help (or shuzai-cli help COMMAND) shows what a command&apos;s arguments and options accept. Commands about a campaign&apos;s people take --campaign ID (default: the campaign with the latest publication date). Exit status: 0 success, 2 usage error, 1 any other error (message on stderr).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shuzai manual</source>
        <translation>Shuzai manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command line of Shuzai, the interview workbench for editorial teams</source>
        <translation>the command line of Shuzai, the interview workbench for editorial teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every capability of the Shuzai desktop program as a command: the roster of interviewees, request letters, scheduling, transcripts, the interviewee&apos;s check before publication, exports and the audit log. With --json every command prints machine-readable UTF-8 JSON.</source>
        <translation>Every capability of the Shuzai desktop program as a command: the roster of interviewees, request letters, scheduling, transcripts, the interviewee&apos;s check before publication, exports and the audit log. With --json every command prints machine-readable UTF-8 JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBAL OPTIONS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database file (default: %1), or the team server postgresql://user@host:port/database.</source>
        <translation>Open this database file (default: %1), or the team server postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print machine-readable UTF-8 JSON.</source>
        <translation>Print machine-readable UTF-8 JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as this user (see: user list).</source>
        <translation>Act as this user (see: user list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages (default: the system&apos;s).</source>
        <translation>Language of messages (default: the system&apos;s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the commands, or one command&apos;s options.</source>
        <translation>Show the commands, or one command&apos;s options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 success, 2 usage error, 1 any other error (message on stderr).</source>
        <translation>0 success, 2 usage error, 1 any other error (message on stderr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team server&apos;s password (otherwise the system keychain is asked).</source>
        <translation>The team server&apos;s password (otherwise the system keychain is asked).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s password for sending letters.</source>
        <translation>The mail server&apos;s password for sending letters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar server&apos;s password for caldav sync (otherwise the system keychain is asked).</source>
        <translation>The calendar server&apos;s password for caldav sync (otherwise the system keychain is asked).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MeCab dictionary that suggests name readings (default: /var/lib/mecab/dic/ipadic-utf8).</source>
        <translation>The MeCab dictionary that suggests name readings (default: /var/lib/mecab/dic/ipadic-utf8).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
    <message>
        <location filename="../app/cli/maintenancecommands.cpp" line="+33"/>
        <source>Backed up %1 to %2 (checked).</source>
        <translation>Backed up %1 to %2 (checked).</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 is sound: every page, reference and search index checked (%n transcript segment(s)).</source>
        <translation>
            <numerusform>%1 is sound: every page, reference and search index checked (%n transcript segment).</numerusform>
            <numerusform>%1 is sound: every page, reference and search index checked (%n transcript segments).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored %1 from %2; the damaged file was moved to %3.</source>
        <translation>Restored %1 from %2; the damaged file was moved to %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1 from %2; what it held before is kept in %3.</source>
        <translation>Restored %1 from %2; what it held before is kept in %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+18"/>
        <source>an interviewee: their id or e-mail address</source>
        <translation>an interviewee: their id or e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category: researcher, vendor, adopter, its name or its id</source>
        <translation>a category: researcher, vendor, adopter, its name or its id</translation>
    </message>
    <message>
        <location filename="../app/cli/campaignverbs.cpp" line="+13"/>
        <source>a campaign&apos;s id</source>
        <translation>a campaign&apos;s id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category: its code (researcher), its name or its id</source>
        <translation>a category: its code (researcher), its name or its id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question&apos;s number in the template</source>
        <translation>a question&apos;s number in the template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a place in the list, from 1</source>
        <translation>a place in the list, from 1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbbuilders.h" line="+84"/>
        <source>a campaign&apos;s id (default: the latest publication date)</source>
        <translation>a campaign&apos;s id (default: the latest publication date)</translation>
    </message>
    <message>
        <location filename="../app/cli/campaignverbs.cpp" line="+37"/>
        <source>a blank campaign (editors only): no categories yet; the interview window defaults to 21 to 8 days before publication</source>
        <translation>a blank campaign (editors only): no categories yet; the interview window defaults to 21 to 8 days before publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new campaign like campaign ID: settings, categories with honorifics, template questions, letter templates; not people or candidate times. The window moves with --publication-date; the title gets （コピー） unless given</source>
        <translation>a new campaign like campaign ID: settings, categories with honorifics, template questions, letter templates; not people or candidate times. The window moves with --publication-date; the title gets （コピー） unless given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>close a campaign: read-only and left out of campaign list (--all shows it) until unarchived</source>
        <translation>close a campaign: read-only and left out of campaign list (--all shows it) until unarchived</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open an archived campaign again</source>
        <translation>open an archived campaign again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete a campaign; only while nobody is on its roster</source>
        <translation>delete a campaign; only while nobody is on its roster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new category (its code from the name unless --code; 貴社 and 様 unless told)</source>
        <translation>a new category (its code from the name unless --code; 貴社 and 様 unless told)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rename a category or change how letters address its people; the code stays</source>
        <translation>rename a category or change how letters address its people; the code stays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put a category at another place in the list</source>
        <translation>put a category at another place in the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a category; refused while people are in it</source>
        <translation>remove a category; refused while people are in it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a category&apos;s template questions (every category&apos;s without CATEGORY), with the removed ones people&apos;s answers still keep</source>
        <translation>a category&apos;s template questions (every category&apos;s without CATEGORY), with the removed ones people&apos;s answers still keep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a question to a category&apos;s template (at the end unless --position); everyone in the category gets it</source>
        <translation>add a question to a category&apos;s template (at the end unless --position); everyone in the category gets it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reword template question N; people who reworded it keep their wording</source>
        <translation>reword template question N; people who reworded it keep their wording</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move template question N to POSITION; each person&apos;s changes move with it</source>
        <translation>move template question N to POSITION; each person&apos;s changes move with it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove template question N: gone from every list except where answers are linked to it (kept there, marked)</source>
        <translation>remove template question N: gone from every list except where answers are linked to it (kept there, marked)</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+1"/>
        <source>a user&apos;s login</source>
        <translation>a user&apos;s login</translation>
    </message>
    <message>
        <location filename="../app/cli/letterimportcommands.cpp" line="-10"/>
        <location line="+7"/>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>From %1 (%2, %3):</source>
        <translation>From %1 (%2, %3):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication: %1</source>
        <translation>Publication: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editor: %1 &lt;%2&gt; %3 %4</source>
        <translation>Editor: %1 &lt;%2&gt; %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category %1 (%2, %3)</source>
        <translation>Category %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate times:</source>
        <translation>Candidate times:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter template (%1): %2 lines</source>
        <translation>Letter template (%1): %2 lines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To fill in (* needed before saving):</source>
        <translation>To fill in (* needed before saving):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new campaign from the editor&apos;s request letter (Markdown, text in any encoding, .docx): title, dates, length, modes, categories and questions, candidate times, attribution options, contact, and the letter as its template; --dry-run shows the proposal and what the letter leaves out (with lines); saving is refused while the title, publication date, interview window or categories are missing (give them as options)</source>
        <translation>a new campaign from the editor&apos;s request letter (Markdown, text in any encoding, .docx): title, dates, length, modes, categories and questions, candidate times, attribution options, contact, and the letter as its template; --dry-run shows the proposal and what the letter leaves out (with lines); saving is refused while the title, publication date, interview window or categories are missing (give them as options)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/verbtable.cpp" line="+1"/>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Still to fill in: %1</source>
        <translation>Still to fill in: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+2"/>
        <source>a database file or postgresql://user@host:port/database</source>
        <translation>a database file or postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a question&apos;s number in the person&apos;s list</source>
        <translation>a question&apos;s number in the person&apos;s list</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>create or upgrade the database (a new one gets the sample campaign)</source>
        <translation>create or upgrade the database (a new one gets the sample campaign)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one campaign with its categories, 18 questions, candidate slots, attribution options</source>
        <translation>one campaign with its categories, 18 questions, candidate slots, attribution options</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>campaign settings</source>
        <translation>campaign settings</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add a person</source>
        <translation>add a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the roster, sorted by reading; search ignores full/half width and hiragana/katakana</source>
        <translation>the roster, sorted by reading; search ignores full/half width and hiragana/katakana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one person and their questions</source>
        <translation>one person and their questions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change a person (--expect-version N refuses a stale edit)</source>
        <translation>change a person (--expect-version N refuses a stale edit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a person</source>
        <translation>remove a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person&apos;s questions: the category template with their changes</source>
        <translation>the person&apos;s questions: the category template with their changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reword question N for this person, without touching the template</source>
        <translation>reword question N for this person, without touching the template</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave question N out for this person</source>
        <translation>leave question N out for this person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a question for this person (after template question N, else at the end)</source>
        <translation>add a question for this person (after template question N, else at the end)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back to the category&apos;s template (question N only, when given)</source>
        <translation>back to the category&apos;s template (question N only, when given)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>local users and roles (--as LOGIN acts as one of them)</source>
        <translation>local users and roles (--as LOGIN acts as one of them)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person on the team (editors only); on a server also their login role (password on stdin)</source>
        <translation>a person on the team (editors only); on a server also their login role (password on stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an interview session (times in the campaign&apos;s zone unless an offset is given)</source>
        <translation>an interview session (times in the campaign&apos;s zone unless an offset is given)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interview sessions</source>
        <translation>interview sessions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete an interview that holds no transcript (a duplicate, a mistake), with its history</source>
        <translation>delete an interview that holds no transcript (a duplicate, a mistake), with its history</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an interview&apos;s transcripts</source>
        <translation>an interview&apos;s transcripts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transcript&apos;s segments (#id [time] speaker: text), the interview&apos;s latest unless --transcript says which</source>
        <translation>a transcript&apos;s segments (#id [time] speaker: text), the interview&apos;s latest unless --transcript says which</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>correct a segment; every earlier wording is kept</source>
        <translation>correct a segment; every earlier wording is kept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every wording a segment had</source>
        <translation>every wording a segment had</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who each speaker is</source>
        <translation>who each speaker is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file exactly as imported (provenance)</source>
        <translation>the file exactly as imported (provenance)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every occurrence in transcripts and notes, one character or more, ignoring full/half width and hiragana/katakana; 【】 marks the hit (several words are searched as one text)</source>
        <translation>every occurrence in transcripts and notes, one character or more, ignoring full/half width and hiragana/katakana; 【】 marks the hit (several words are searched as one text)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>link a passage to question N of its interviewee&apos;s list</source>
        <translation>link a passage to question N of its interviewee&apos;s list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove that link</source>
        <translation>remove that link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the question × interviewee matrix</source>
        <translation>the question × interviewee matrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quote candidate (characters N to M of the segment, else all of it), kept as it reads when marked</source>
        <translation>a quote candidate (characters N to M of the segment, else all of it), kept as it reads when marked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the quote candidates</source>
        <translation>the quote candidates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a quote candidate</source>
        <translation>remove a quote candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the candidate slots (free, tentative, booked)</source>
        <translation>the candidate slots (free, tentative, booked)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the free slots as the letter&apos;s 【候補日時】 lines</source>
        <translation>the free slots as the letter&apos;s 【候補日時】 lines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add candidate times to the campaign</source>
        <translation>add candidate times to the campaign</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove candidate times (ids in campaign show --json)</source>
        <translation>remove candidate times (ids in campaign show --json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reschedule an interview; every change is kept</source>
        <translation>reschedule an interview; every change is kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancel an interview</source>
        <translation>cancel an interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm a held interview</source>
        <translation>confirm a held interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every change to an interview&apos;s time</source>
        <translation>every change to an interview&apos;s time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an invitation (METHOD:REQUEST, or CANCEL once cancelled) or the whole campaign, written with libical; UIDs stay, SEQUENCE rises</source>
        <translation>an invitation (METHOD:REQUEST, or CANCEL once cancelled) or the whole campaign, written with libical; UIDs stay, SEQUENCE rises</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>attach a Zoom/Teams WebVTT, SRT, YouTube .sbv, text or .docx transcript; --dry-run shows what would be stored and skipped (with line numbers) and the likely encodings; parts to skip or a guessed encoding need --yes</source>
        <translation>attach a Zoom/Teams WebVTT, SRT, YouTube .sbv, text or .docx transcript; --dry-run shows what would be stored and skipped (with line numbers) and the likely encodings; parts to skip or a guessed encoding need --yes</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>the campaigns (archived ones too with --all)</source>
        <translation>the campaigns (archived ones too with --all)</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>book (or hold) an interview; times are in the campaign&apos;s zone unless an offset is given; without --at, at the first free time the person&apos;s reply chose</source>
        <translation>book (or hold) an interview; times are in the campaign&apos;s zone unless an offset is given; without --at, at the first free time the person&apos;s reply chose</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>someone&apos;s busy times (Google, Outlook, Apple, Thunderbird) over the campaign&apos;s interview days, to check bookings against; says how many were kept and left out (outside those days, cancelled, marked free); a broken time refuses the file, naming its line</source>
        <translation>someone&apos;s busy times (Google, Outlook, Apple, Thunderbird) over the campaign&apos;s interview days, to check bookings against; says how many were kept and left out (outside those days, cancelled, marked free); a broken time refuses the file, naming its line</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overlapping interviews of one writer or interviewee, bookings outside the candidate times, clashes with imported calendars</source>
        <translation>overlapping interviews of one writer or interviewee, bookings outside the candidate times, clashes with imported calendars</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ja, en or a template file</source>
        <translation>ja, en or a template file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request letter for one person: their questions, the free candidate times; parts still to fill in (such as [編集長名]) are listed with their lines</source>
        <translation>the request letter for one person: their questions, the free candidate times; parts still to fill in (such as [編集長名]) are listed with their lines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the letter as an RFC 5322 message (Japanese headers as RFC 2047 words), written atomically; refused while parts are unfilled</source>
        <translation>the letter as an RFC 5322 message (Japanese headers as RFC 2047 words), written atomically; refused while parts are unfilled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>send the letters over SMTP (certificates verified; --ca-file trusts one more CA; without --smtp the saved account; the password from SHUZAI_SMTP_PASSWORD or the keychain); one result per recipient: a refused recipient stops no one else, while a server, TLS or login failure stops the batch (not_sent for the rest)</source>
        <translation>send the letters over SMTP (certificates verified; --ca-file trusts one more CA; without --smtp the saved account; the password from SHUZAI_SMTP_PASSWORD or the keychain); one result per recipient: a refused recipient stops no one else, while a server, TLS or login failure stops the batch (not_sent for the rest)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the campaign&apos;s own letter template (used by render, export-eml and send), or the built-in one</source>
        <translation>the campaign&apos;s own letter template (used by render, export-eml and send), or the built-in one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep a letter template for the campaign; one with an unknown or malformed placeholder is refused with its line</source>
        <translation>keep a letter template for the campaign; one with an unknown or malformed placeholder is refused with its line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back to the built-in letter template</source>
        <translation>back to the built-in letter template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every letter sent, exported or refused, with its time, where it went and (with --json) the exact message; a person not yet contacted becomes request_sent once a letter left</source>
        <translation>every letter sent, exported or refused, with its time, where it went and (with --json) the exact message; a person not yet contacted becomes request_sent once a letter left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letters that waited the campaign&apos;s follow-up days (campaign edit --follow-up-days N, default 7) with no reply since; --on plans ahead</source>
        <translation>letters that waited the campaign&apos;s follow-up days (campaign edit --follow-up-days N, default 7) with no reply since; --on plans ahead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SMTP account kept in the app&apos;s settings (~/.config/shuzai/shuzai.conf, shared with the GUI; never the password)</source>
        <translation>the SMTP account kept in the app&apos;s settings (~/.config/shuzai/shuzai.conf, shared with the GUI; never the password)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved SMTP account</source>
        <translation>the saved SMTP account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the SMTP password (on standard input) in the system keychain; outreach send reads it when SHUZAI_SMTP_PASSWORD is not set. Without a keychain this fails plainly and nothing is written</source>
        <translation>keep the SMTP password (on standard input) in the system keychain; outreach send reads it when SHUZAI_SMTP_PASSWORD is not set. Without a keychain this fails plainly and nothing is written</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove the SMTP password from the system keychain</source>
        <translation>remove the SMTP password from the system keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a calendar collection&apos;s address: https://host/path/ (http only to this computer)</source>
        <translation>a calendar collection&apos;s address: https://host/path/ (http only to this computer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team&apos;s booking calendar on a CalDAV server (made with MKCALENDAR at the first sync if missing) and the login; kept in the database, never the password; --ca-file trusts one more CA</source>
        <translation>the team&apos;s booking calendar on a CalDAV server (made with MKCALENDAR at the first sync if missing) and the login; kept in the database, never the password; --ca-file trusts one more CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the booking calendar, its login and the last sync</source>
        <translation>the booking calendar, its login and the last sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the CalDAV password (on standard input) in the system keychain as caldav://user@host:port; caldav sync reads it when SHUZAI_CALDAV_PASSWORD is not set</source>
        <translation>keep the CalDAV password (on standard input) in the system keychain as caldav://user@host:port; caldav sync reads it when SHUZAI_CALDAV_PASSWORD is not set</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove the CalDAV password from the system keychain</source>
        <translation>remove the CalDAV password from the system keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read a writer&apos;s calendar for their busy times at each sync (checked by conflicts)</source>
        <translation>read a writer&apos;s calendar for their busy times at each sync (checked by conflicts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop reading a writer&apos;s calendar; its busy times go</source>
        <translation>stop reading a writer&apos;s calendar; its busy times go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the writers&apos; calendars read, with their last sync</source>
        <translation>the writers&apos; calendars read, with their last sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish the campaign&apos;s bookings (same UID as the invitations; a move or cancellation raises SEQUENCE; an event changed on the server by someone else is never overwritten but reported) and read the writers&apos; busy times incrementally; each record is kept as soon as the server answered, so an interrupted sync loses nothing</source>
        <translation>publish the campaign&apos;s bookings (same UID as the invitations; a move or cancellation raises SEQUENCE; an event changed on the server by someone else is never overwritten but reported) and read the writers&apos; busy times incrementally; each record is kept as soon as the server answered, so an interrupted sync loses nothing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>published, waiting for the next sync, in conflict, last sync, writers&apos; calendars</source>
        <translation>published, waiting for the next sync, in conflict, last sync, writers&apos; calendars</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the busy times of a week (Monday to Sunday, in the campaign&apos;s zone), each marked as read from a writer&apos;s calendar over CalDAV or imported from an .ics file</source>
        <translation>the busy times of a week (Monday to Sunday, in the campaign&apos;s zone), each marked as read from a writer&apos;s calendar over CalDAV or imported from an .ics file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end a conflict: --overwrite puts the booking over the server&apos;s copy, --keep-server leaves that copy and publishes only later changes</source>
        <translation>end a conflict: --overwrite puts the booking over the server&apos;s copy, --keep-server leaves that copy and publishes only later changes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the editor&apos;s IMAP account (TLS from the first byte), kept in the app&apos;s settings like the SMTP one; never the password</source>
        <translation>the editor&apos;s IMAP account (TLS from the first byte), kept in the app&apos;s settings like the SMTP one; never the password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved IMAP account and when it was last read</source>
        <translation>the saved IMAP account and when it was last read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the IMAP password (on standard input) in the system keychain; mailbox fetch reads it when SHUZAI_IMAP_PASSWORD is not set</source>
        <translation>keep the IMAP password (on standard input) in the system keychain; mailbox fetch reads it when SHUZAI_IMAP_PASSWORD is not set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove the IMAP password from the system keychain</source>
        <translation>remove the IMAP password from the system keychain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the inbox&apos;s new messages (read-only: nothing is marked, moved or deleted on the server), keep each with its exact bytes once, and match it to the letter it answers or the person who sent it; what was stored before an error is kept</source>
        <translation>read the inbox&apos;s new messages (read-only: nothing is marked, moved or deleted on the server), keep each with its exact bytes once, and match it to the letter it answers or the person who sent it; what was stored before an error is kept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the messages fetched, newest first; with INTERVIEWEE that person&apos;s</source>
        <translation>the messages fetched, newest first; with INTERVIEWEE that person&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one fetched message: its decoded text and attachments, or with --raw its exact bytes</source>
        <translation>one fetched message: its decoded text and attachments, or with --raw its exact bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the person&apos;s answer; accepted/declined move the pipeline (never back from scheduled or later)</source>
        <translation>the person&apos;s answer; accepted/declined move the pipeline (never back from scheduled or later)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what a reply (.eml) says, proposed against the campaign&apos;s free slots: accepts, declines or asks, the slots it names best first, the times named that are not free, and the phrases read; nothing is recorded</source>
        <translation>what a reply (.eml) says, proposed against the campaign&apos;s free slots: accepts, declines or asks, the slots it names best first, the times named that are not free, and the phrases read; nothing is recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the replies read from fetched mail that wait for the editor (--all: the decided ones too), oldest first: the person, when it came, accepts/declines/asks, the free slots it names, the phrases read and the times named that are not free</source>
        <translation>the replies read from fetched mail that wait for the editor (--all: the decided ones too), oldest first: the person, when it came, accepts/declines/asks, the free slots it names, the phrases read and the times named that are not free</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record the reply proposed from mail message ID as if typed (its subject as the note, its slots as the preferred times); --kind is needed when the intent is unclear; a proposal is decided once</source>
        <translation>record the reply proposed from mail message ID as if typed (its subject as the note, its slots as the preferred times); --kind is needed when the intent is unclear; a proposal is decided once</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>set the reply proposed from mail message ID aside: nothing is recorded about the person</source>
        <translation>set the reply proposed from mail message ID aside: nothing is recorded about the person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the replies recorded, oldest first</source>
        <translation>the replies recorded, oldest first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send the picked quotes and linked excerpts for checking: a new round whose snapshot never changes (a trigger refuses it), due the campaign&apos;s review margin in working days before publication (weekends and Japanese holidays skipped; campaign edit --review-margin N, default 5)</source>
        <translation>send the picked quotes and linked excerpts for checking: a new round whose snapshot never changes (a trigger refuses it), due the campaign&apos;s review margin in working days before publication (weekends and Japanese holidays skipped; campaign edit --review-margin N, default 5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a correction the interviewee asked for, stored against the text as sent; --json gives the character diff</source>
        <translation>a correction the interviewee asked for, stored against the text as sent; --json gives the character diff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the corrections the answers by mail to the open round ask for (the text, an attached .docx or .txt), each against the text as sent, with its id MAIL:ITEM; text that names no item is listed as not matched; nothing is recorded</source>
        <translation>the corrections the answers by mail to the open round ask for (the text, an attached .docx or .txt), each against the text as sent, with its id MAIL:ITEM; text that names no item is listed as not matched; nothing is recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record a correction proposed from mail (review mail-corrections) as if by review record; the note names the mail</source>
        <translation>record a correction proposed from mail (review mail-corrections) as if by review record; the note names the mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a proposal: the mail&apos;s id and the item, e.g. 12:3</source>
        <translation>a proposal: the mail&apos;s id and the item, e.g. 12:3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approval (reviewers only; &quot;approved with changes&quot; once corrections exist)</source>
        <translation>approval (reviewers only; &quot;approved with changes&quot; once corrections exist)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interviewee withdraws</source>
        <translation>the interviewee withdraws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every round as sent with its corrections ([-弊-]{+当+})</source>
        <translation>every round as sent with its corrections ([-弊-]{+当+})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where each person stands, due dates, overdue, publishable</source>
        <translation>where each person stands, due dates, overdue, publishable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the review packet: passages in context, the attribution as printed, the answer date, Japanese fonts embedded; .eml attaches it to an e-mail to the interviewee</source>
        <translation>the review packet: passages in context, the attribution as printed, the answer date, Japanese fonts embedded; .eml attaches it to an e-mail to the interviewee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the append-only log of every letter, reply, booking change, transcript edit, template change and review step with who, when, before and after (--action review. for a family; --format prints it as the export would be); nothing can change or delete it</source>
        <translation>the append-only log of every letter, reply, booking change, transcript edit, template change and review step with who, when, before and after (--action review. for a family; --format prints it as the export would be); nothing can change or delete it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same log written to a file (CSV unless --format json)</source>
        <translation>the same log written to a file (CSV unless --format json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per category &quot;2 of 3 confirmed&quot;, days left to publication, the review due date and who is at risk (no reply, accepted but not booked as the window closes, transcript missing, review overdue)</source>
        <translation>per category &quot;2 of 3 confirmed&quot;, days left to publication, the review due date and who is at risk (no reply, accepted but not booked as the window closes, transcript missing, review overdue)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a team server: the database (created if missing), the schema, group roles and grants, and the first editor&apos;s login (password on stdin; the administrator&apos;s in SHUZAI_DB_PASSWORD)</source>
        <translation>a team server: the database (created if missing), the schema, group roles and grants, and the first editor&apos;s login (password on stdin; the administrator&apos;s in SHUZAI_DB_PASSWORD)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every record into an empty database on either engine (same ids, texts, originals, audit log); per-table counts and checksums, checked before the commit</source>
        <translation>every record into an empty database on either engine (same ids, texts, originals, audit log); per-table counts and checksums, checked before the commit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a checked copy (default: the backups folder beside the database, rotated)</source>
        <translation>a checked copy (default: the backups folder beside the database, rotated)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>integrity, references, search indexes</source>
        <translation>integrity, references, search indexes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s content in place of the database&apos;s (the state before kept)</source>
        <translation>the backup&apos;s content in place of the database&apos;s (the state before kept)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these commands, one command&apos;s options (help COMMAND), or this table in Markdown (--markdown)</source>
        <translation>these commands, one command&apos;s options (help COMMAND), or this table in Markdown (--markdown)</translation>
    </message>
    <message>
        <location filename="../app/cli/argcheck.cpp" line="+308"/>
        <source>any text</source>
        <translation>any text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value that is not empty</source>
        <translation>a value that is not empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number of %1 or more</source>
        <translation>a whole number of %1 or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an id (a whole number of 1 or more)</source>
        <translation>an id (a whole number of 1 or more)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one or more of %1, separated by commas</source>
        <translation>one or more of %1, separated by commas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a date and time as YYYY-MM-DDTHH:MM, in the campaign&apos;s zone unless an offset follows (+09:00, Z)</source>
        <translation>a date and time as YYYY-MM-DDTHH:MM, in the campaign&apos;s zone unless an offset follows (+09:00, Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM</source>
        <translation>a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time of day as HH:MM</source>
        <translation>a time of day as HH:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an IANA time zone such as Asia/Tokyo, Europe/Berlin or UTC (JST is taken as Asia/Tokyo)</source>
        <translation>an IANA time zone such as Asia/Tokyo, Europe/Berlin or UTC (JST is taken as Asia/Tokyo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smtp://user@host:port (smtps:// for TLS from the start), without a password</source>
        <translation>smtp://user@host:port (smtps:// for TLS from the start), without a password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LABEL=interviewee, LABEL=interviewer[:LOGIN] or LABEL=other</source>
        <translation>LABEL=interviewee, LABEL=interviewer[:LOGIN] or LABEL=other</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="+263"/>
        <source>Imported %n busy time(s) from %1: %2 of %3 entries kept.</source>
        <translation>
            <numerusform>Imported %n busy time from %1: %2 of %3 entries kept.</numerusform>
            <numerusform>Imported %n busy times from %1: %2 of %3 entries kept.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Window: %1 to %2 (%3), the campaign&apos;s interview days.</source>
        <translation>Window: %1 to %2 (%3), the campaign&apos;s interview days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window: %1 to %2 (%3), a week before today to a year ahead.</source>
        <translation>Window: %1 to %2 (%3), a week before today to a year ahead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 outside the window, %2 cancelled, %3 marked free.</source>
        <translation>Left out: %1 outside the window, %2 cancelled, %3 marked free.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n repeating event(s) repeat so often that they were worked out only part of the way through the window.</source>
        <translation>
            <numerusform>%n repeating event repeats so often that it was worked out only part of the way through the window.</numerusform>
            <numerusform>%n repeating events repeat so often that they were worked out only part of the way through the window.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/categorycommands.cpp" line="+39"/>
        <source>  -. %1 [removed; kept where answers are linked, after %2]</source>
        <translation>  -. %1 [removed; kept where answers are linked, after %2]</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Deleted campaign %1 (%2).</source>
        <translation>Deleted campaign %1 (%2).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Removed category %1 (%2).</source>
        <translation>Removed category %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/caldavcommands.cpp" line="+52"/>
        <source>Interview %1 was changed on the calendar server by someone else and is left as it is there (%2): check it, then run caldav resolve %1 --overwrite or --keep-server.</source>
        <translation>Interview %1 was changed on the calendar server by someone else and is left as it is there (%2): check it, then run caldav resolve %1 --overwrite or --keep-server.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Published: %1 new, %2 changed, %3 cancelled, %4 unchanged, %5 deleted.</source>
        <translation>Published: %1 new, %2 changed, %3 cancelled, %4 unchanged, %5 deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writers&apos; calendars read: %1 (%2 events added or changed, %3 removed).</source>
        <translation>Writers&apos; calendars read: %1 (%2 events added or changed, %3 removed).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n interview(s) still in conflict: see caldav status.</source>
        <translation>
            <numerusform>%n interview still in conflict: see caldav status.</numerusform>
            <numerusform>%n interviews still in conflict: see caldav status.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No calendar server is set up.</source>
        <translation>No calendar server is set up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking calendar: %1 (as %2)</source>
        <translation>Booking calendar: %1 (as %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced.</source>
        <translation>Never synced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: %1, waiting for the next sync: %2, in conflict: %3.</source>
        <translation>Published: %1, waiting for the next sync: %2, in conflict: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="+100"/>
        <source>%1	not readable (kept): %2</source>
        <translation>%1	not readable (kept): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1	unmatched	%2	%3</source>
        <translation>%1	unmatched	%2	%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 new, %2 matched, %3 unmatched</source>
        <translation>%1 new, %2 matched, %3 unmatched</translation>
    </message>
    <message>
        <location filename="../app/cli/replyreadcommands.cpp" line="+61"/>
        <source>Intent: %1</source>
        <translation>Intent: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed slots, best first:</source>
        <translation>Proposed slots, best first:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, but not a free slot:</source>
        <translation>Named, but not a free slot:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from:</source>
        <translation>Read from:</translation>
    </message>
    <message>
        <location filename="../app/cli/replyproposalcommands.cpp" line="-69"/>
        <source>No replies were proposed from fetched mail.</source>
        <translation>No replies were proposed from fetched mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposed reply is waiting for a decision.</source>
        <translation>No proposed reply is waiting for a decision.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reviewmailcommands.cpp" line="+79"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  slot: %1</source>
        <translation>  slot: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not a free slot: %1</source>
        <translation>  not a free slot: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  read from: 「%1」</source>
        <translation>  read from: 「%1」</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Dismissed the reply proposed from mail message %1.</source>
        <translation>Dismissed the reply proposed from mail message %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewmailcommands.cpp" line="-43"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review round awaits an answer.</source>
        <translation>No review round awaits an answer.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Round %1: %n correction(s) proposed from mail</source>
        <translation>
            <numerusform>Round %1: %n correction proposed from mail</numerusform>
            <numerusform>Round %1: %n corrections proposed from mail</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not matched to an item (mail %1, %2): %3</source>
        <translation>not matched to an item (mail %1, %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read: %1</source>
        <translation>could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../ui/commands/campaigncommands.cpp" line="+10"/>
        <source>Change campaign settings</source>
        <translation>Change campaign settings</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add a candidate time</source>
        <translation>Add a candidate time</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove a candidate time</source>
        <translation>Remove a candidate time</translation>
    </message>
    <message>
        <location filename="../ui/commands/rostercommands.cpp" line="+17"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out a question</source>
        <translation>Leave out a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword a question</source>
        <translation>Reword a question</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore template questions</source>
        <translation>Restore template questions</translation>
    </message>
    <message>
        <location filename="../ui/commands/transcriptcommands.cpp" line="+9"/>
        <source>Correct the transcript</source>
        <translation>Correct the transcript</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Link an answer</source>
        <translation>Link an answer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlink an answer</source>
        <translation>Unlink an answer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark a quote candidate</source>
        <translation>Mark a quote candidate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove a quote candidate</source>
        <translation>Remove a quote candidate</translation>
    </message>
    <message>
        <location filename="../ui/commands/schedulecommands.cpp" line="+9"/>
        <source>Move an interview</source>
        <translation>Move an interview</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Book an interview</source>
        <translation>Book an interview</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete an interview</source>
        <translation>Delete an interview</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add an interview</source>
        <translation>Add an interview</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel an interview</source>
        <translation>Cancel an interview</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change an interview</source>
        <translation>Change an interview</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Confirm an interview</source>
        <translation>Confirm an interview</translation>
    </message>
    <message>
        <location filename="../ui/commands/outreachcommands.cpp" line="+12"/>
        <source>Save letter template</source>
        <translation>Save letter template</translation>
    </message>
    <message>
        <location filename="../ui/commands/lifecyclecommands.cpp" line="+58"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate campaign</source>
        <translation>Duplicate campaign</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Archive campaign</source>
        <translation>Archive campaign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unarchive campaign</source>
        <translation>Unarchive campaign</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move category</source>
        <translation>Move category</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove category</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add template question</source>
        <translation>Add template question</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reword template question</source>
        <translation>Reword template question</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move template question</source>
        <translation>Move template question</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove template question</source>
        <translation>Remove template question</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../core/scheduling/conflicts.cpp" line="+38"/>
        <source>Interviews %1 and %2 overlap for the same writer.</source>
        <translation>Interviews %1 and %2 overlap for the same writer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interviews %1 and %2 overlap for the same interviewee.</source>
        <translation>Interviews %1 and %2 overlap for the same interviewee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview %1 lies outside the campaign&apos;s candidate times.</source>
        <translation>Interview %1 lies outside the campaign&apos;s candidate times.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview %1 clashes with &quot;%2&quot; in an imported calendar.</source>
        <translation>Interview %1 clashes with &quot;%2&quot; in an imported calendar.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../core/services/dashboardservice.cpp" line="+36"/>
        <source>no reply, follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>no reply, follow-up overdue by %n day</numerusform>
            <numerusform>no reply, follow-up overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted but not booked; the window has closed</source>
        <translation>accepted but not booked; the window has closed</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>accepted but not booked; the window closes in %n day(s)</source>
        <translation>
            <numerusform>accepted but not booked; the window closes in %n day</numerusform>
            <numerusform>accepted but not booked; the window closes in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no transcript %n day(s) after the interview</source>
        <translation>
            <numerusform>no transcript %n day after the interview</numerusform>
            <numerusform>no transcript %n days after the interview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>review answer overdue by %n day(s)</source>
        <translation>
            <numerusform>review answer overdue by %n day</numerusform>
            <numerusform>review answer overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) to publication</source>
        <translation>
            <numerusform>%n day to publication</numerusform>
            <numerusform>%n days to publication</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published today</source>
        <translation>Published today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published (%n day(s) ago)</source>
        <translation>
            <numerusform>Published (%n day ago)</numerusform>
            <numerusform>Published (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 confirmed, %4 interviewed, %5 approved</source>
        <translation>%1: %2 of %3 confirmed, %4 interviewed, %5 approved</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/databaseopener.cpp" line="+38"/>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 cannot be used:
%2

Restore the latest good backup, %3 (taken %4)? The damaged file is kept beside it.</source>
        <translation>The database %1 cannot be used:
%2

Restore the latest good backup, %3 (taken %4)? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Shuzai database at %1.

Create a new one there, with the sample campaign to try things out?</source>
        <translation>There is no Shuzai database at %1.

Create a new one there, with the sample campaign to try things out?</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+19"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and affiliation</source>
        <translation>Name and affiliation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and affiliation with photo</source>
        <translation>Name and affiliation with photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not contacted</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request sent</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/review/review.cpp" line="+18"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/review/review.cpp" line="+3"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online (Zoom)</source>
        <translation>Online (Zoom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../core/review/review.cpp" line="-8"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting response</source>
        <translation>Awaiting response</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrections requested</source>
        <translation>Corrections requested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved with changes</source>
        <translation>Approved with changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF handed over</source>
        <translation>PDF handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+18"/>
        <location filename="../core/services/rosterservice.cpp" line="+343"/>
        <location filename="../core/services/transcriptservice.cpp" line="+198"/>
        <source>The entry is too long.</source>
        <translation>The entry is too long.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The family name must not be empty.</source>
        <translation>The family name must not be empty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reading of the family name must be in katakana: %1</source>
        <translation>The reading of the family name must be in katakana: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading of the given name must be in katakana: %1</source>
        <translation>The reading of the given name must be in katakana: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+99"/>
        <location filename="../core/outreach/mailmessage.cpp" line="+85"/>
        <source>The e-mail address is not valid: %1</source>
        <translation>The e-mail address is not valid: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The phone number is not valid: %1</source>
        <translation>The phone number is not valid: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a category of this campaign.</source>
        <translation>Choose a category of this campaign.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign does not offer the attribution &quot;%1&quot;.</source>
        <translation>This campaign does not offer the attribution &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The campaign title must not be empty.</source>
        <translation>The campaign title must not be empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publication date is not a valid date.</source>
        <translation>The publication date is not a valid date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview window must end on or after its first day.</source>
        <translation>The interview window must end on or after its first day.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interviews must end before the publication date.</source>
        <translation>The interviews must end before the publication date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/services/interviewservice.cpp" line="+8"/>
        <location filename="../core/services/schedulingservice.cpp" line="+336"/>
        <source>The interview length must be between 10 and 480 minutes.</source>
        <translation>The interview length must be between 10 and 480 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buffer between interviews must be between 0 and 240 minutes.</source>
        <translation>The buffer between interviews must be between 0 and 240 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups must fall due between 1 and 60 days after a letter.</source>
        <translation>Follow-ups must fall due between 1 and 60 days after a letter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review margin must be between 0 and 60 working days before publication.</source>
        <translation>The review margin must be between 0 and 60 working days before publication.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer at least one way to hold the interview.</source>
        <translation>Offer at least one way to hold the interview.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The heading mark of letters must be up to 4 characters without spaces, such as 【】 or ■: %1</source>
        <translation>The heading mark of letters must be up to 4 characters without spaces, such as 【】 or ■: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list mark of letters must be 1 to 4 characters without spaces, such as ・ or -: %1</source>
        <translation>The list mark of letters must be 1 to 4 characters without spaces, such as ・ or -: %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+74"/>
        <source>Unknown time zone: %1</source>
        <translation>Unknown time zone: %1</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="-350"/>
        <source>The question must not be empty.</source>
        <translation>The question must not be empty.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interviewee %1 does not belong to this campaign.</source>
        <translation>Interviewee %1 does not belong to this campaign.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No interviewee of this campaign has the e-mail address %1.</source>
        <translation>No interviewee of this campaign has the e-mail address %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The e-mail address %1 is already used by %2 in this campaign.</source>
        <translation>The e-mail address %1 is already used by %2 in this campaign.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 has %2 interview(s) on record and cannot be removed. Cancel the interviews first.</source>
        <translation>%1 has %2 interview(s) on record and cannot be removed. Cancel the interviews first.</translation>
    </message>
    <message>
        <location line="+151"/>
        <location filename="../app/cli/categorycommands.cpp" line="-132"/>
        <source>There is no question %1 in the category&apos;s list (1 to %2).</source>
        <translation>There is no question %1 in the category&apos;s list (1 to %2).</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+13"/>
        <location filename="../core/services/rosterservice.cpp" line="+122"/>
        <source>There is no question %1 in the list (1 to %2).</source>
        <translation>There is no question %1 in the list (1 to %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This passage is already linked to that question.</source>
        <translation>This passage is already linked to that question.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This passage is not linked to that question.</source>
        <translation>This passage is not linked to that question.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The passage %1-%2 is outside the segment&apos;s text (0-%3).</source>
        <translation>The passage %1-%2 is outside the segment&apos;s text (0-%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/storage/answerrepository.cpp" line="+131"/>
        <source>There is no quote candidate %1.</source>
        <translation>There is no quote candidate %1.</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="-295"/>
        <source>The database %1 is damaged. The latest good backup is %2 (taken %3). Restore it with File &gt; Restore backup… or shuzai-cli restore &quot;%2&quot;.</source>
        <translation>The database %1 is damaged. The latest good backup is %2 (taken %3). Restore it with File &gt; Restore backup… or shuzai-cli restore &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1 is not a Shuzai user of %2. Ask the editor to add you (shuzai-cli user add).</source>
        <translation>%1 is not a Shuzai user of %2. Ask the editor to add you (shuzai-cli user add).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Setting up the server needs its administrator (a superuser), not %1.</source>
        <translation>Setting up the server needs its administrator (a superuser), not %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first user of a server is its editor.</source>
        <translation>The first user of a server is its editor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A login is 1 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not &quot;%1&quot;.</source>
        <translation>A login is 1 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the user&apos;s name.</source>
        <translation>Give the user&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give %1 a password to log in to the server with.</source>
        <translation>Give %1 a password to log in to the server with.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On the team server you act as yourself (%1); log in as %2 to act as them.</source>
        <translation>On the team server you act as yourself (%1); log in as %2 to act as them.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2) may not %3. This needs the role: %4.</source>
        <translation>%1 (%2) may not %3. This needs the role: %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/campaignrepository.cpp" line="+20"/>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <location line="+216"/>
        <location filename="../ui/commands/campaigncommands.cpp" line="-52"/>
        <source>The campaign was changed by someone else in the meantime. Reload it and apply your change again.</source>
        <translation>The campaign was changed by someone else in the meantime. Reload it and apply your change again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The campaign has no candidate time %1.</source>
        <translation>The campaign has no candidate time %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+105"/>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or open a copy.</source>
        <translation>The database %1 is read-only. Check the file&apos;s permissions, or open a copy.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not create the database %1 on the team server: the login may not be allowed to create databases.</source>
        <translation>Could not create the database %1 on the team server: the login may not be allowed to create databases.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>%1 is not a Shuzai database (not an SQLite file).</source>
        <translation>%1 is not a Shuzai database (not an SQLite file).</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Cannot create the folder for the database %1.</source>
        <translation>Cannot create the folder for the database %1.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The team server (%1) did not accept the login %2. Check the user name and the password.</source>
        <translation>The team server (%1) did not accept the login %2. Check the user name and the password.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team server (%1) has no database named %2. Check the database name in the address.</source>
        <translation>The team server (%1) has no database named %2. Check the database name in the address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the team server (%1). Check that the server is running and that the address is right.</source>
        <translation>Cannot connect to the team server (%1). Check that the server is running and that the address is right.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The database %1 is empty (0 bytes): whatever it held is gone. Restore a backup (shuzai-cli restore), or make a new database there with shuzai-cli init.</source>
        <translation>The database %1 is empty (0 bytes): whatever it held is gone. Restore a backup (shuzai-cli restore), or make a new database there with shuzai-cli init.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no database at %1. Check the path, or make a new database there with shuzai-cli init.</source>
        <translation>There is no database at %1. Check the path, or make a new database there with shuzai-cli init.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 cannot be read. Check the file&apos;s permissions.</source>
        <translation>The database %1 cannot be read. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The search index of %1 could not be set up (SQLite without FTS5?).</source>
        <translation>The search index of %1 could not be set up (SQLite without FTS5?).</translation>
    </message>
    <message>
        <location filename="../core/domain/postgrestarget.cpp" line="+14"/>
        <source>--db needs a file or postgresql://user@host:port/database, not &quot;%1&quot;.</source>
        <translation>--db needs a file or postgresql://user@host:port/database, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+17"/>
        <source>A database name is lower-case letters, digits and &apos;_&apos;, not &quot;%1&quot;.</source>
        <translation>A database name is lower-case letters, digits and &apos;_&apos;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is an SQLite file, but not a Shuzai database.</source>
        <translation>%1 is an SQLite file, but not a Shuzai database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 was written by a newer Shuzai (schema %2; this version knows up to %3). Update Shuzai to open it.</source>
        <translation>The database %1 was written by a newer Shuzai (schema %2; this version knows up to %3). Update Shuzai to open it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 has an older layout (schema %2) and was opened only for reading. Open it once to change something (or run shuzai-cli init) to upgrade it.</source>
        <translation>The database %1 has an older layout (schema %2) and was opened only for reading. Open it once to change something (or run shuzai-cli init) to upgrade it.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+129"/>
        <source>The server %1 cannot be reached. Nothing was saved; Shuzai connects again with your next change.</source>
        <translation>The server %1 cannot be reached. Nothing was saved; Shuzai connects again with your next change.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+42"/>
        <source>The database %1 is in use by another program and could not be changed. Nothing was saved; try again in a moment.</source>
        <translation>The database %1 is in use by another program and could not be changed. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is read-only. Nothing was saved.</source>
        <translation>The database %1 is read-only. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the database %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk holding the database %1 is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 is damaged. Nothing was saved. Check it with shuzai-cli check and restore a backup (File &gt; Restore backup…, or shuzai-cli restore).</source>
        <translation>The database %1 is damaged. Nothing was saved. Check it with shuzai-cli check and restore a backup (File &gt; Restore backup…, or shuzai-cli restore).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 could not be opened or written. Check that its folder exists and is writable. Nothing was saved.</source>
        <translation>The database %1 could not be opened or written. Check that its folder exists and is writable. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change conflicts with data already in the database %1. Nothing was saved.</source>
        <translation>The change conflicts with data already in the database %1. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>The database %1 could not carry out the request.</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="-21"/>
        <location filename="../core/storage/intervieweerepository.cpp" line="+70"/>
        <source>There is no interviewee %1.</source>
        <translation>There is no interviewee %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/intervieweerepository.cpp" line="+102"/>
        <location filename="../ui/commands/rostercommands.cpp" line="-102"/>
        <source>%1 was changed by someone else in the meantime. Reload and apply your change again.</source>
        <translation>%1 was changed by someone else in the meantime. Reload and apply your change again.</translation>
    </message>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+37"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-102"/>
        <location filename="../app/cli/transcriptcommands.cpp" line="-171"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+70"/>
        <source>The database has no campaign yet.</source>
        <translation>The database has no campaign yet.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+16"/>
        <source>Usage: shuzai-cli %1</source>
        <translation>Usage: shuzai-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+53"/>
        <source>Unknown option %1. See --help.</source>
        <translation>Unknown option %1. See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/argcheck.cpp" line="-261"/>
        <source>%1 accepts %2, not &quot;%3&quot;.</source>
        <translation>%1 accepts %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>--smtp must not hold a password: keep it in the system keychain (shuzai-cli smtp password set, password on standard input) or in SHUZAI_SMTP_PASSWORD.</source>
        <translation>--smtp must not hold a password: keep it in the system keychain (shuzai-cli smtp password set, password on standard input) or in SHUZAI_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>shuzai-cli %1 has no option --%2 (see shuzai-cli %1 --help).</source>
        <translation>shuzai-cli %1 has no option --%2 (see shuzai-cli %1 --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commandline.cpp" line="-7"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/commandline.cpp" line="-4"/>
        <source>--%1 may be given only once.</source>
        <translation>--%1 may be given only once.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>shuzai-cli %1 needs %2 (%3).</source>
        <translation>shuzai-cli %1 needs %2 (%3).</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Give only one of %1.</source>
        <translation>Give only one of %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shuzai-cli %1 needs one of %2.</source>
        <translation>shuzai-cli %1 needs one of %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>shuzai-cli %1 takes no arguments; &quot;%2&quot; is one too many.</source>
        <translation>shuzai-cli %1 takes no arguments; &quot;%2&quot; is one too many.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shuzai-cli %1 takes at most %2 argument(s); &quot;%3&quot; is one too many (see shuzai-cli %1 --help).</source>
        <translation>shuzai-cli %1 takes at most %2 argument(s); &quot;%3&quot; is one too many (see shuzai-cli %1 --help).</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../app/cli/commandline.cpp" line="-6"/>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <location filename="../app/cli/categorycommands.cpp" line="-8"/>
        <location filename="../app/cli/intervieweecommands.cpp" line="-197"/>
        <location filename="../app/cli/searchcommands.cpp" line="-120"/>
        <source>Unknown category &quot;%1&quot; (use one of: %2).</source>
        <translation>Unknown category &quot;%1&quot; (use one of: %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="+37"/>
        <location filename="../app/cli/main.cpp" line="-5"/>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Unknown command &quot;%1&quot;. See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>Unknown language &quot;%1&quot; (use ja or en).</source>
        <translation>Unknown language &quot;%1&quot; (use ja or en).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Argument %1 is not valid UTF-8; give every argument in UTF-8.</source>
        <translation>Argument %1 is not valid UTF-8; give every argument in UTF-8.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SHUZAI_NOW needs an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>SHUZAI_NOW needs an ISO 8601 time, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/transcripts/docxunzip.cpp" line="+27"/>
        <source>This is not a Word (.docx) file: it is not a valid zip archive.</source>
        <translation>This is not a Word (.docx) file: it is not a valid zip archive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Word (.docx) file: it has no word/document.xml.</source>
        <translation>This is not a Word (.docx) file: it has no word/document.xml.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Word document could not be read.</source>
        <translation>The Word document could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document is too large for a transcript: its text unpacks to %1 MB (the limit is %2 MB).</source>
        <translation>The document is too large for a transcript: its text unpacks to %1 MB (the limit is %2 MB).</translation>
    </message>
    <message>
        <location filename="../core/transcripts/docxreader.cpp" line="+216"/>
        <source>The Word document is damaged (%1 at line %2).</source>
        <translation>The Word document is damaged (%1 at line %2).</translation>
    </message>
    <message>
        <location filename="../core/transcripts/textdecoding.cpp" line="+32"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="+184"/>
        <source>The file is not valid %1 text (first bad byte at line %2).</source>
        <translation>The file is not valid %1 text (first bad byte at line %2).</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>Unknown text encoding &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="-60"/>
        <source>The file holds binary data, not text.</source>
        <translation>The file holds binary data, not text.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The text encoding of the file could not be recognised. Choose the encoding (for example UTF-8, Shift_JIS or EUC-JP) and import again.</source>
        <translation>The text encoding of the file could not be recognised. Choose the encoding (for example UTF-8, Shift_JIS or EUC-JP) and import again.</translation>
    </message>
    <message>
        <location filename="../core/transcripts/transcriptfile.cpp" line="-47"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large for a transcript (%1 MB; the limit is %2 MB).</source>
        <translation>The file is too large for a transcript (%1 MB; the limit is %2 MB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown transcript format &quot;%1&quot; (use vtt, srt, sbv, txt or docx).</source>
        <translation>Unknown transcript format &quot;%1&quot; (use vtt, srt, sbv, txt or docx).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is a zip archive, not a transcript in text form (a Word file ends in .docx).</source>
        <translation>The file is a zip archive, not a transcript in text form (a Word file ends in .docx).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No cue could be read. Line %1: a cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected, found &quot;%2&quot;.</source>
        <translation>No cue could be read. Line %1: a cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected, found &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No transcript text could be read. Line %1: %2 (&quot;%3&quot;).</source>
        <translation>No transcript text could be read. Line %1: %2 (&quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The file contains no transcript text.</source>
        <translation>The file contains no transcript text.</translation>
    </message>
    <message>
        <location filename="../core/transcripts/webvttparser.cpp" line="+112"/>
        <location line="+39"/>
        <source>This is not a WebVTT file: it does not start with &quot;WEBVTT&quot;.</source>
        <translation>This is not a WebVTT file: it does not start with &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+9"/>
        <source>The meeting URL is not a valid web address: %1</source>
        <translation>The meeting URL is not a valid web address: %1</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="-219"/>
        <source>%1 part(s) of the file would be skipped (first at line %2: %3). Check them and confirm the import.</source>
        <translation>%1 part(s) of the file would be skipped (first at line %2: %3). Check them and confirm the import.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text encoding looks like %1 but is not certain. Check the preview and choose the encoding.</source>
        <translation>The text encoding looks like %1 but is not certain. Check the preview and choose the encoding.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This file was already imported for this interview (transcript %1).</source>
        <translation>This file was already imported for this interview (transcript %1).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>A segment&apos;s text must not be empty.</source>
        <translation>A segment&apos;s text must not be empty.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The transcript has no speaker &quot;%1&quot; (speakers: %2).</source>
        <translation>The transcript has no speaker &quot;%1&quot; (speakers: %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/answerrepository.cpp" line="-90"/>
        <location filename="../core/storage/transcriptrepository.cpp" line="+31"/>
        <source>There is no transcript segment %1.</source>
        <translation>There is no transcript segment %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/interviewrepository.cpp" line="+61"/>
        <location line="+107"/>
        <location line="+13"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-146"/>
        <source>There is no interview %1.</source>
        <translation>There is no interview %1.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The interview was changed by someone else in the meantime. Reload and try again.</source>
        <translation>The interview was changed by someone else in the meantime. Reload and try again.</translation>
    </message>
    <message>
        <location filename="../core/storage/transcriptrepository.cpp" line="-7"/>
        <source>There is no transcript %1.</source>
        <translation>There is no transcript %1.</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="-289"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="+62"/>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>The import was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../core/storage/transcriptrepository.cpp" line="+263"/>
        <location filename="../ui/commands/transcriptcommands.cpp" line="-99"/>
        <source>The segment was changed by someone else in the meantime. Reload the transcript and apply your correction again.</source>
        <translation>The segment was changed by someone else in the meantime. Reload the transcript and apply your correction again.</translation>
    </message>
    <message>
        <location filename="../core/util/files.cpp" line="+51"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a file name to write to.</source>
        <translation>Give a file name to write to.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../app/cli/transcriptcommands.cpp" line="-108"/>
        <source>Interview %1 has no transcript yet.</source>
        <translation>Interview %1 has no transcript yet.</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice_sync.cpp" line="-91"/>
        <source>The calendar %1 (of %2) is not on the server.</source>
        <translation>The calendar %1 (of %2) is not on the server.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Interview %1 is not in conflict with the calendar server.</source>
        <translation>Interview %1 is not in conflict with the calendar server.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="-34"/>
        <source>Interview %1 has no date yet.</source>
        <translation>Interview %1 has no date yet.</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice.cpp" line="-291"/>
        <source>%1 is not one of the campaign&apos;s candidate times.</source>
        <translation>%1 is not one of the campaign&apos;s candidate times.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+171"/>
        <source>Choose a date and time for the interview.</source>
        <translation>Choose a date and time for the interview.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Interview %1 is cancelled.</source>
        <translation>Interview %1 is cancelled.</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="+97"/>
        <source>An invitation needs the editor&apos;s e-mail address as its organizer: set it in the campaign settings.</source>
        <translation>An invitation needs the editor&apos;s e-mail address as its organizer: set it in the campaign settings.</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="+39"/>
        <source>The campaign &quot;%1&quot; is archived and cannot be changed. Unarchive it first.</source>
        <translation>The campaign &quot;%1&quot; is archived and cannot be changed. Unarchive it first.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A candidate time needs a day and a start before its end.</source>
        <translation>A candidate time needs a day and a start before its end.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The candidate time overlaps %1 %2-%3.</source>
        <translation>The candidate time overlaps %1 %2-%3.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The campaign &quot;%1&quot; still has people on its roster (%2); only an empty campaign can be deleted (archive it instead).</source>
        <translation>The campaign &quot;%1&quot; still has people on its roster (%2); only an empty campaign can be deleted (archive it instead).</translation>
    </message>
    <message>
        <location filename="../core/outreach/letter.cpp" line="+290"/>
        <source>The letter template has a problem: %1</source>
        <translation>The letter template has a problem: %1</translation>
    </message>
    <message>
        <location filename="../core/outreach/mailmessage.cpp" line="+124"/>
        <source>The message has no recipient.</source>
        <translation>The message has no recipient.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>This line cannot be sent in ISO-2022-JP (a character outside JIS X 0208): %1</source>
        <translation>This line cannot be sent in ISO-2022-JP (a character outside JIS X 0208): %1</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="-263"/>
        <source>Letter templates exist in ja and en, not &quot;%1&quot;.</source>
        <translation>Letter templates exist in ja and en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/letterimportservice.cpp" line="-32"/>
        <source>The letter is larger than %1 MB.</source>
        <translation>The letter is larger than %1 MB.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The campaign cannot be saved yet: %1</source>
        <translation>The campaign cannot be saved yet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/services/outreachservice.cpp" line="+32"/>
        <source>The template was not saved: %1</source>
        <translation>The template was not saved: %1</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="+66"/>
        <source>The letter still has parts to fill in (%1). Complete them before it is sent.</source>
        <translation>The letter still has parts to fill in (%1). Complete them before it is sent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no e-mail address.</source>
        <translation>%1 has no e-mail address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the editor&apos;s e-mail address in the campaign settings: letters are sent from it.</source>
        <translation>Set the editor&apos;s e-mail address in the campaign settings: letters are sent from it.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Preferred times belong to an acceptance.</source>
        <translation>Preferred times belong to an acceptance.</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="-329"/>
        <source>No SMTP server: give --smtp smtp://user@host:port, or save one with &quot;shuzai-cli smtp account set&quot;.</source>
        <translation>No SMTP server: give --smtp smtp://user@host:port, or save one with &quot;shuzai-cli smtp account set&quot;.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Not sent: the mail server or the account failed for an earlier letter.</source>
        <translation>Not sent: the mail server or the account failed for an earlier letter.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 letter(s) could not be sent.</source>
        <translation>%1 of %2 letter(s) could not be sent.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is empty; to go back to the built-in template use &quot;outreach template reset&quot;.</source>
        <translation>%1 is empty; to go back to the built-in template use &quot;outreach template reset&quot;.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No SMTP account is saved.</source>
        <translation>No SMTP account is saved.</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="-87"/>
        <source>No mailbox: give --imap imaps://user@host:port, or save one with &quot;shuzai-cli mailbox account set&quot;.</source>
        <translation>No mailbox: give --imap imaps://user@host:port, or save one with &quot;shuzai-cli mailbox account set&quot;.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Give the number of a mail message.</source>
        <translation>Give the number of a mail message.</translation>
    </message>
    <message>
        <location filename="../ui/mailbox/mailboxsession.cpp" line="+78"/>
        <location filename="../app/cli/mailboxcommands.cpp" line="+7"/>
        <location line="+75"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+19"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="-28"/>
        <source>No mailbox account is saved.</source>
        <translation>No mailbox account is saved.</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="+6"/>
        <source>The SMTP address needs a user name (smtp://user@host:port).</source>
        <translation>The SMTP address needs a user name (smtp://user@host:port).</translation>
    </message>
    <message>
        <location filename="../app/cli/caldavcommands.cpp" line="-113"/>
        <source>No calendar server is set up.</source>
        <translation>No calendar server is set up.</translation>
    </message>
    <message>
        <location line="+185"/>
        <location filename="../app/cli/mailboxcommands.cpp" line="+39"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+8"/>
        <location filename="../app/cli/servercommands.cpp" line="-21"/>
        <source>Give the password on standard input.</source>
        <translation>Give the password on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="-240"/>
        <source>Unknown charset &quot;%1&quot; (use utf-8 or iso-2022-jp).</source>
        <translation>Unknown charset &quot;%1&quot; (use utf-8 or iso-2022-jp).</translation>
    </message>
    <message>
        <location filename="../core/mailbox/imapclient.cpp" line="+74"/>
        <source>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection; what was fetched before is kept.</source>
        <translation>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection; what was fetched before is kept.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the mail server %1 failed: its certificate is not trusted or TLS could not be set up. Nothing was read. Check the server&apos;s name and, for a private certificate authority, the CA file.</source>
        <translation>The secure connection to the mail server %1 failed: its certificate is not trusted or TLS could not be set up. Nothing was read. Check the server&apos;s name and, for a private certificate authority, the CA file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mail server %1 sent a reply Shuzai cannot read; the connection was closed. What was fetched before is kept.</source>
        <translation>The mail server %1 sent a reply Shuzai cannot read; the connection was closed. What was fetched before is kept.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The mail server %1 refused the command &quot;%2&quot;.</source>
        <translation>The mail server %1 refused the command &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server %1 did not accept the login of %2: check the user name and the password. Nothing was read.</source>
        <translation>The mail server %1 did not accept the login of %2: check the user name and the password. Nothing was read.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/outreach/smtpclient.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>No certificate could be read from %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The mail server %1 offers no way to log in that Shuzai knows (LOGIN or AUTHENTICATE PLAIN).</source>
        <translation>The mail server %1 offers no way to log in that Shuzai knows (LOGIN or AUTHENTICATE PLAIN).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The mail server %1 did not send message %2 (it may have been deleted meanwhile).</source>
        <translation>The mail server %1 did not send message %2 (it may have been deleted meanwhile).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>--imap needs imaps://user@host:port (the password goes in the keychain), not &quot;%1&quot;.</source>
        <translation>--imap needs imaps://user@host:port (the password goes in the keychain), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/outreach/smtpclient.cpp" line="+18"/>
        <source>The mail server %1 does not offer STARTTLS; nothing was sent.</source>
        <translation>The mail server %1 does not offer STARTTLS; nothing was sent.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The mail server %1 refused the command &quot;%2&quot;; nothing more was sent.</source>
        <translation>The mail server %1 refused the command &quot;%2&quot;; nothing more was sent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to the mail server %1 failed, so nothing was sent. Check the security setting (STARTTLS or TLS) and the server&apos;s certificate.</source>
        <translation>The secure connection to the mail server %1 failed, so nothing was sent. Check the security setting (STARTTLS or TLS) and the server&apos;s certificate.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection.</source>
        <translation>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--smtp needs smtp://user@host:port, not &quot;%1&quot;.</source>
        <translation>--smtp needs smtp://user@host:port, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--tls needs none, starttls or implicit, not &quot;%1&quot;.</source>
        <translation>--tls needs none, starttls or implicit, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/outreach/keychainstore.cpp" line="+27"/>
        <source>The keychain holds no password for %1.</source>
        <translation>The keychain holds no password for %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access to the password for %1.</source>
        <translation>The keychain refused access to the password for %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available, so the password for %1 cannot be kept: give it each time (Shuzai never writes it to disk).</source>
        <translation>No system keychain is available, so the password for %1 cannot be kept: give it each time (Shuzai never writes it to disk).</translation>
    </message>
    <message>
        <location filename="../ui/outreach/outreachpanel.cpp" line="+137"/>
        <source>No proposed reply is selected.</source>
        <translation>No proposed reply is selected.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>No letter is selected.</source>
        <translation>No letter is selected.</translation>
    </message>
    <message>
        <location filename="../core/print/pdfrender.cpp" line="+69"/>
        <source>A PDF can only be made with fonts available (no graphical session here).</source>
        <translation>A PDF can only be made with fonts available (no graphical session here).</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/cli/pdfhelper.cpp" line="+37"/>
        <location line="+9"/>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="-242"/>
        <source>Nothing has been sent to %1 for review yet.</source>
        <translation>Nothing has been sent to %1 for review yet.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>There is nothing to send %1 for review: pick quotes or link answers first.</source>
        <translation>There is nothing to send %1 for review: pick quotes or link answers first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round %1 for %2 still awaits a response.</source>
        <translation>Round %1 for %2 still awaits a response.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+74"/>
        <location line="+112"/>
        <source>The review of %1 is closed (%2).</source>
        <translation>The review of %1 is closed (%2).</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Round %1 has items 1 to %2, not %3.</source>
        <translation>Round %1 has items 1 to %2, not %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the corrected text of item %1; it is empty or unchanged.</source>
        <translation>Give the corrected text of item %1; it is empty or unchanged.</translation>
    </message>
    <message>
        <location filename="../core/storage/reviewrepository.cpp" line="+56"/>
        <source>No review round %1.</source>
        <translation>No review round %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Review round %1 was changed by someone else meanwhile; reload and try again.</source>
        <translation>Review round %1 was changed by someone else meanwhile; reload and try again.</translation>
    </message>
    <message>
        <location filename="../core/storage/enginecopy.cpp" line="+99"/>
        <source>%1 and %2 have different schema versions; open both with this Shuzai first.</source>
        <translation>%1 and %2 have different schema versions; open both with this Shuzai first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already holds data (%2); copy into an empty database.</source>
        <translation>%1 already holds data (%2); copy into an empty database.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The copy of table %1 differs from the original (%2 rows, %3 copied); nothing was kept.</source>
        <translation>The copy of table %1 differs from the original (%2 rows, %3 copied); nothing was kept.</translation>
    </message>
    <message>
        <location filename="../ui/roster/rosterscreen.cpp" line="+451"/>
        <source>The newer version is shown; make your change again if it is still needed.</source>
        <translation>The newer version is shown; make your change again if it is still needed.</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+492"/>
        <source>Enter the password for %1.</source>
        <translation>Enter the password for %1.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="-132"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+153"/>
        <source>Backups are made of SQLite files; a team server is backed up with its own tools (pg_dump).</source>
        <translation>Backups are made of SQLite files; a team server is backed up with its own tools (pg_dump).</translation>
    </message>
    <message>
        <location filename="../core/util/files.cpp" line="-5"/>
        <source>%1 is not a regular file (a folder, device or pipe). Choose a file name to write to.</source>
        <translation>%1 is not a regular file (a folder, device or pipe). Choose a file name to write to.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+57"/>
        <source>A backup cannot replace the database itself (%1).</source>
        <translation>A backup cannot replace the database itself (%1).</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+54"/>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The backup %1 could not be read (%2); nothing was restored.</source>
        <translation>The backup %1 could not be read (%2); nothing was restored.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>The backup %1 did not pass its check (%2); nothing was restored.</source>
        <translation>The backup %1 did not pass its check (%2); nothing was restored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not move the damaged %1 aside; nothing was restored.</source>
        <translation>Could not move the damaged %1 aside; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="-161"/>
        <location filename="../core/util/files.cpp" line="-35"/>
        <source>The disk is full: %1 could not be written. Nothing was changed there; free some space and try again.</source>
        <translation>The disk is full: %1 could not be written. Nothing was changed there; free some space and try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+228"/>
        <source>%1 is damaged or not a Shuzai database.</source>
        <translation>%1 is damaged or not a Shuzai database.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Could not %1 %2: %3</source>
        <translation>Could not %1 %2: %3</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/util/files.cpp" line="+7"/>
        <source>Could not write %1: %2. Nothing was changed there.</source>
        <translation>Could not write %1: %2. Nothing was changed there.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="-150"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+73"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+19"/>
        <source>The backup %1 did not pass its check (%2), so it was not kept. Check the database itself with shuzai-cli check.</source>
        <translation>The backup %1 did not pass its check (%2), so it was not kept. Check the database itself with shuzai-cli check.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups are made of SQLite files; a team server is restored with its own tools (pg_restore).</source>
        <translation>Backups are made of SQLite files; a team server is restored with its own tools (pg_restore).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>restore</source>
        <translation>restore</translation>
    </message>
    <message>
        <location filename="../ui/shell/databaseopener.cpp" line="-45"/>
        <source>Nothing was opened.</source>
        <translation>Nothing was opened.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 is empty (0 bytes).</source>
        <translation>The database %1 is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../app/cli/maintenancecommands.cpp" line="-42"/>
        <source>The database %1 is damaged (%2 problem(s) found). Restore a backup: shuzai-cli restore FILE.</source>
        <translation>The database %1 is damaged (%2 problem(s) found). Restore a backup: shuzai-cli restore FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="-540"/>
        <source>shuzai-cli %1 needs INTERVIEW or --transcript ID.</source>
        <translation>shuzai-cli %1 needs INTERVIEW or --transcript ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to (%1) must be greater than --from (%2).</source>
        <translation>--to (%1) must be greater than --from (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>shuzai-cli server setup needs --db postgresql://ADMIN@host:port/database.</source>
        <translation>shuzai-cli server setup needs --db postgresql://ADMIN@host:port/database.</translation>
    </message>
    <message>
        <location filename="../core/calendar/icalreader.cpp" line="+127"/>
        <source>The file has repeating events or time zones that take more than %1 seconds to work out. Nothing was imported.</source>
        <translation>The file has repeating events or time zones that take more than %1 seconds to work out. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has repeating events with more than %1 occurrences in all. Nothing was imported.</source>
        <translation>The file has repeating events with more than %1 occurrences in all. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 busy times (repeating events counted once per occurrence). Nothing was imported.</source>
        <translation>The file has more than %1 busy times (repeating events counted once per occurrence). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location filename="../core/calendar/icalrules.cpp" line="+265"/>
        <source>The file has more than %1 events. Nothing was imported.</source>
        <translation>The file has more than %1 events. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>libical cannot read when this event is (%1). Nothing was imported.</source>
        <translation>libical cannot read when this event is (%1). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/calendar/icsscan.cpp" line="+276"/>
        <source>This event has no start time (DTSTART).</source>
        <translation>This event has no start time (DTSTART).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The start or end of this event is not a time that can be worked out.</source>
        <translation>The start or end of this event is not a time that can be worked out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event ends (%1) before it starts (%2).</source>
        <translation>This event ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The file is too large for a calendar import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>The file is too large for a calendar import (%1 MB; the limit is %2 MB). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>libical could not read this as an iCalendar file. Nothing was imported.</source>
        <translation>libical could not read this as an iCalendar file. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no calendar.</source>
        <translation>The file holds no calendar.</translation>
    </message>
    <message>
        <location filename="../core/calendar/icalrules.cpp" line="-46"/>
        <source>The file defines the time zone %1 by a rule that is not a yearly change (%2). Nothing was imported.</source>
        <translation>The file defines the time zone %1 by a rule that is not a yearly change (%2). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file defines the time zone %1 with more than %2 changes of offset. Nothing was imported.</source>
        <translation>The file defines the time zone %1 with more than %2 changes of offset. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file has more than %1 lines. Nothing was imported.</source>
        <translation>The file has more than %1 lines. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The line is longer than %1 KB (continuation lines included). Nothing was imported.</source>
        <translation>The line is longer than %1 KB (continuation lines included). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../core/calendar/icsscan.cpp" line="-257"/>
        <source>%1, line %2</source>
        <extracomment>Where in a file an error is: &quot;busy.ics, line 12&quot;</extracomment>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1 &quot;%2&quot; is not a date or time.</source>
        <translation>%1 &quot;%2&quot; is not a date or time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; is not a period of time (a start and an end or a length).</source>
        <translation>%1 &quot;%2&quot; is not a period of time (a start and an end or a length).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 UNTIL &quot;%2&quot; is not a date or time.</source>
        <translation>%1 UNTIL &quot;%2&quot; is not a date or time.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not a repetition rule.</source>
        <translation>%1 &quot;%2&quot; is not a repetition rule.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 &quot;%2&quot; is not a length of time (such as PT1H).</source>
        <translation>%1 &quot;%2&quot; is not a length of time (such as PT1H).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is longer than a calendar can hold (68 years).</source>
        <translation>%1 &quot;%2&quot; is longer than a calendar can hold (68 years).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not a UTC offset (such as +0900).</source>
        <translation>%1 &quot;%2&quot; is not a UTC offset (such as +0900).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is in the time zone &quot;%2&quot;, which the file does not define and which is not a known zone name.</source>
        <translation>%1 is in the time zone &quot;%2&quot;, which the file does not define and which is not a known zone name.</translation>
    </message>
    <message>
        <location filename="../core/transcripts/linesplitter.cpp" line="+13"/>
        <source>This cannot be a transcript: line %1 is longer than %2 characters.</source>
        <translation>This cannot be a transcript: line %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This cannot be a transcript: it has more than %1 lines.</source>
        <translation>This cannot be a transcript: it has more than %1 lines.</translation>
    </message>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="+197"/>
        <source>This is not an SRT subtitle file: no cue has a valid timing line like 00:00:01,000 --&gt; 00:00:04,000 (first problem at line %1).</source>
        <translation>This is not an SRT subtitle file: no cue has a valid timing line like 00:00:01,000 --&gt; 00:00:04,000 (first problem at line %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a YouTube .sbv caption file: no cue has a valid timing line like 0:00:01.000,0:00:04.000 (first problem at line %1).</source>
        <translation>This is not a YouTube .sbv caption file: no cue has a valid timing line like 0:00:01.000,0:00:04.000 (first problem at line %1).</translation>
    </message>
    <message>
        <location filename="../core/util/error.cpp" line="+20"/>
        <source>%1: %2</source>
        <extracomment>An error message after the place it is about: &quot;interview.vtt, line 12: …&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: %1</source>
        <extracomment>Below an error&apos;s sentence: the failing library&apos;s own words, untranslated.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letterimport.cpp" line="+273"/>
        <source>The letter has no text.</source>
        <translation>The letter has no text.</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_categories.cpp" line="+37"/>
        <source>A category needs a name of at most %1 characters.</source>
        <translation>A category needs a name of at most %1 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An honorific (貴社, 貴研究室, 様, 先生, ...) must not be empty or longer than %1 characters.</source>
        <translation>An honorific (貴社, 貴研究室, 様, 先生, ...) must not be empty or longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A category code is lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (such as &quot;researcher&quot;): &quot;%1&quot;.</source>
        <translation>A category code is lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (such as &quot;researcher&quot;): &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no category %1.</source>
        <translation>There is no category %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="+131"/>
        <source>Someone else changed this in the meantime. Reload it and apply your change again.</source>
        <translation>Someone else changed this in the meantime. Reload it and apply your change again.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+82"/>
        <source>The campaign already has a category named &quot;%1&quot;.</source>
        <translation>The campaign already has a category named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The campaign already has a category with the code &quot;%1&quot;.</source>
        <translation>The campaign already has a category with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+102"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="-113"/>
        <source>There is no position %1 (1 to %2).</source>
        <translation>There is no position %1 (1 to %2).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The category &quot;%2&quot; still has people in it (%1); move them to another category or remove them first.</source>
        <translation>The category &quot;%2&quot; still has people in it (%1); move them to another category or remove them first.</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_questions.cpp" line="-10"/>
        <source>A question must not be empty or longer than %1 characters.</source>
        <translation>A question must not be empty or longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/campaignrepository_categories.cpp" line="+178"/>
        <source>There is no template question %1.</source>
        <translation>There is no template question %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="-76"/>
        <location filename="../app/cli/replyproposalcommands.cpp" line="-36"/>
        <source>--slots: &quot;%1&quot; is not a date and time like 2025-05-28T15:00.</source>
        <translation>--slots: &quot;%1&quot; is not a date and time like 2025-05-28T15:00.</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+124"/>
        <source>%1&apos;s reply chose no candidate time that is still free: give one with --at.</source>
        <translation>%1&apos;s reply chose no candidate time that is still free: give one with --at.</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_removal.cpp" line="+47"/>
        <source>Interview %1 holds the transcript &quot;%2&quot; and cannot be deleted. Cancel it instead to keep the record.</source>
        <translation>Interview %1 holds the transcript &quot;%2&quot; and cannot be deleted. Cancel it instead to keep the record.</translation>
    </message>
    <message>
        <location filename="../core/readings/mecabreadings.cpp" line="+92"/>
        <source>No reading can be suggested: the MeCab dictionary is missing (install mecab-ipadic-utf8).</source>
        <translation>No reading can be suggested: the MeCab dictionary is missing (install mecab-ipadic-utf8).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reading can be suggested: the MeCab dictionary could not be loaded (it must be UTF-8: mecab-ipadic-utf8).</source>
        <translation>No reading can be suggested: the MeCab dictionary could not be loaded (it must be UTF-8: mecab-ipadic-utf8).</translation>
    </message>
    <message>
        <location filename="../app/cli/pdfhelper.cpp" line="-16"/>
        <source>The PDF could not be made: the program shuzai-pdf is missing next to shuzai-cli.</source>
        <translation>The PDF could not be made: the program shuzai-pdf is missing next to shuzai-cli.</translation>
    </message>
    <message>
        <location filename="../core/caldav/caldavclient.cpp" line="+34"/>
        <source>%1 is not the address of a calendar: give https://host/path/.</source>
        <translation>%1 is not the address of a calendar: give https://host/path/.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar server must be reached over https (plain http only on this computer): %1.</source>
        <translation>The calendar server must be reached over https (plain http only on this computer): %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not on the calendar server %2: Shuzai sends the account&apos;s password there only.</source>
        <translation>%1 is not on the calendar server %2: Shuzai sends the account&apos;s password there only.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 holds no certificate in PEM form.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar server %1 is not trusted: its certificate could not be verified. If your team uses its own certificate authority, give its certificate with --ca-file.</source>
        <translation>The calendar server %1 is not trusted: its certificate could not be verified. If your team uses its own certificate authority, give its certificate with --ca-file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar server %1 did not answer within %2 seconds.</source>
        <translation>The calendar server %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar server %1 refused the login of &quot;%2&quot;: check the user name and the password.</source>
        <translation>The calendar server %1 refused the login of &quot;%2&quot;: check the user name and the password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar server %1 could not be reached.</source>
        <translation>The calendar server %1 could not be reached.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar server does not let &quot;%1&quot; change %2.</source>
        <translation>The calendar server does not let &quot;%1&quot; change %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar server answered %1 to %2 %3.</source>
        <translation>The calendar server answered %1 to %2 %3.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a calendar.</source>
        <translation>%1 is not a calendar.</translation>
    </message>
    <message>
        <location filename="../core/caldav/caldavxml.cpp" line="+135"/>
        <source>The CalDAV server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>The CalDAV server&apos;s answer is not a WebDAV multistatus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CalDAV server&apos;s answer could not be read.</source>
        <translation>The CalDAV server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <location filename="../core/mailbox/imapresponse.cpp" line="+12"/>
        <source>The mail server sent a response that is not valid IMAP (%1).</source>
        <translation>The mail server sent a response that is not valid IMAP (%1).</translation>
    </message>
    <message>
        <location filename="../core/mailbox/gmimeparser.cpp" line="+125"/>
        <source>The mail message could not be read: it has no header.</source>
        <translation>The mail message could not be read: it has no header.</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice.cpp" line="-16"/>
        <source>No calendar server is set up: give one with &quot;shuzai-cli caldav account set --url URL --user LOGIN&quot;.</source>
        <translation>No calendar server is set up: give one with &quot;shuzai-cli caldav account set --url URL --user LOGIN&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The calendar account needs a user name.</source>
        <translation>The calendar account needs a user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The calendar %1 is already read (for %2).</source>
        <translation>The calendar %1 is already read (for %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No calendar %1 is read.</source>
        <translation>No calendar %1 is read.</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice.cpp" line="+60"/>
        <source>There is no mail message %1.</source>
        <translation>There is no mail message %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/caldavrepository.cpp" line="+158"/>
        <source>There is no calendar %1.</source>
        <translation>There is no calendar %1.</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice_proposals.cpp" line="+154"/>
        <source>Mail message %1 proposes no reply: it is not from a person answering a request letter.</source>
        <translation>Mail message %1 proposes no reply: it is not from a person answering a request letter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The reply proposed from mail message %1 was accepted already; its reply is recorded.</source>
        <translation>The reply proposed from mail message %1 was accepted already; its reply is recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply proposed from mail message %1 was dismissed already.</source>
        <translation>The reply proposed from mail message %1 was dismissed already.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Shuzai could not tell what mail message %1 answers: choose whether it accepts, declines or asks a question.</source>
        <translation>Shuzai could not tell what mail message %1 answers: choose whether it accepts, declines or asks a question.</translation>
    </message>
    <message>
        <location filename="../core/services/reviewmailservice.cpp" line="-134"/>
        <source>No review round of %1 awaits an answer.</source>
        <translation>No review round of %1 awaits an answer.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>&quot;%1&quot; is not a proposal: give MAIL:ITEM, as review mail-corrections lists them.</source>
        <translation>&quot;%1&quot; is not a proposal: give MAIL:ITEM, as review mail-corrections lists them.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mail %1 is not an answer to a review.</source>
        <translation>Mail %1 is not an answer to a review.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mail %1 proposes no correction to item %2.</source>
        <translation>Mail %1 proposes no correction to item %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The correction to item %1 from mail %2 is recorded already.</source>
        <translation>The correction to item %1 from mail %2 is recorded already.</translation>
    </message>
    <message>
        <location filename="../core/util/modules.cpp" line="+59"/>
        <source>Shuzai&apos;s module %1 could not be loaded (looked in %2). Reinstall Shuzai.</source>
        <translation>Shuzai&apos;s module %1 could not be loaded (looked in %2). Reinstall Shuzai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shuzai&apos;s module %1 lacks %2. Reinstall Shuzai.</source>
        <translation>Shuzai&apos;s module %1 lacks %2. Reinstall Shuzai.</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../core/outreach/letter.cpp" line="-116"/>
        <source>Line %1: unknown placeholder %2</source>
        <translation>Line %1: unknown placeholder %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: malformed placeholder in &quot;%2&quot;</source>
        <translation>Line %1: malformed placeholder in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1: still to fill in: %2</source>
        <translation>Line %1: still to fill in: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Line %1: no candidate time is left to offer (%2): add candidate times to the campaign</source>
        <translation>Line %1: no candidate time is left to offer (%2): add candidate times to the campaign</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: %2 is empty: fill it in the campaign settings</source>
        <translation>Line %1: %2 is empty: fill it in the campaign settings</translation>
    </message>
</context>
<context>
    <name>LetterImport</name>
    <message>
        <location filename="../core/campaignletter/letterdates.cpp" line="+93"/>
        <source>The letter does not say when the article is published.</source>
        <translation>The letter does not say when the article is published.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The letter does not say when the interviews take place.</source>
        <translation>The letter does not say when the interviews take place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/campaignletter/letteredits.cpp" line="+91"/>
        <source>The interviews must end before the publication date.</source>
        <translation>The interviews must end before the publication date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter offers no candidate times (【候補日時】).</source>
        <translation>The letter offers no candidate times (【候補日時】).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no year; %1 is assumed.</source>
        <translation>The letter gives no year; %1 is assumed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The letter does not say how long an interview takes; 60 minutes are assumed.</source>
        <translation>The letter does not say how long an interview takes; 60 minutes are assumed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The letter does not say whether interviews are online or in person; online is assumed.</source>
        <translation>The letter does not say whether interviews are online or in person; online is assumed.</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letteredits.cpp" line="-77"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The campaign needs a title.</source>
        <translation>The campaign needs a title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign needs a publication date.</source>
        <translation>The campaign needs a publication date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interviews need a first and a last day.</source>
        <translation>The interviews need a first and a last day.</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letterimport.cpp" line="-202"/>
        <source>The letter does not name the feature (「…」と題した, titled &quot;…&quot;).</source>
        <translation>The letter does not name the feature (「…」と題した, titled &quot;…&quot;).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The letter does not name the publication.</source>
        <translation>The letter does not name the publication.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The letter gives no e-mail address to reply to.</source>
        <translation>The letter gives no e-mail address to reply to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no phone number.</source>
        <translation>The letter gives no phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number is still to fill in: %1</source>
        <translation>The phone number is still to fill in: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no web address.</source>
        <translation>The letter gives no web address.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The letter does not give the editor&apos;s name.</source>
        <translation>The letter does not give the editor&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The editor&apos;s name is still to fill in: %1</source>
        <translation>The editor&apos;s name is still to fill in: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Still to fill in: %1</source>
        <translation>Still to fill in: %1</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/lettersections.cpp" line="+88"/>
        <source>The questions have no category heading; they are kept as the category %1.</source>
        <translation>The questions have no category heading; they are kept as the category %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No questions for the category %1.</source>
        <translation>No questions for the category %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter has no questions under a category heading (### 研究者向け質問, Questions for researchers).</source>
        <translation>The letter has no questions under a category heading (### 研究者向け質問, Questions for researchers).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The letter does not say how interviewees are named in the article.</source>
        <translation>The letter does not say how interviewees are named in the article.</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../core/outreach/outreachrecord.cpp" line="+11"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter saved as a file</source>
        <translation>Letter saved as a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter not delivered</source>
        <translation>Letter not delivered</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked a question</source>
        <translation>Asked a question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply yet (noted)</source>
        <translation>No reply yet (noted)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/common/backgroundtask.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../core/replies/replyreader.cpp" line="+36"/>
        <source>Accepts</source>
        <translation>Accepts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declines</source>
        <translation>Declines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks a question</source>
        <translation>Asks a question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="-34"/>
        <location filename="../core/transcripts/webvttparser.cpp" line="+103"/>
        <source>Text without a cue timing line</source>
        <translation>Text without a cue timing line</translation>
    </message>
    <message>
        <location filename="../core/transcripts/segmentbuilder.cpp" line="+84"/>
        <source>Cue without text</source>
        <translation>Cue without text</translation>
    </message>
    <message>
        <location filename="../core/transcripts/webvttparser.cpp" line="-77"/>
        <source>File header (metadata)</source>
        <translation>File header (metadata)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Style or region definition</source>
        <translation>Style or region definition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment (NOTE)</source>
        <translation>Comment (NOTE)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected</source>
        <translation>A cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>Shuzai (取材): a workbench for interview articles</source>
        <translation>Shuzai (取材): a workbench for interview articles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database file.</source>
        <translation>Open this database file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface (ja or en).</source>
        <translation>Language of the interface (ja or en).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start on this screen (roster, transcripts, search, matrix).</source>
        <translation>Start on this screen (roster, transcripts, search, matrix).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with this search.</source>
        <translation>Start with this search.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shuzai</source>
        <translation>Shuzai</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AnswerMatrixModel</name>
    <message>
        <location filename="../ui/answers/answermatrixmodel.cpp" line="+47"/>
        <source>(removed from the template) %1</source>
        <translation>(removed from the template) %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no answer yet)</source>
        <translation>(no answer yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not asked)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AtRiskModel</name>
    <message>
        <location filename="../ui/dashboard/atriskmodel.cpp" line="+52"/>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention because</source>
        <translation>Needs attention because</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/auditlogmodel.cpp" line="+159"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AuditScreen</name>
    <message numerus="yes">
        <location filename="../ui/audit/auditscreen.cpp" line="+69"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change matches the filter.</source>
        <translation>No change matches the filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been recorded yet. Every letter, booking, edit and review step will be listed here.</source>
        <translation>Nothing has been recorded yet. Every letter, booking, edit and review step will be listed here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template questions</source>
        <translation>Template questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+8"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::BackupActions</name>
    <message>
        <location filename="../ui/shell/backupactions.cpp" line="+57"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A checked copy of the database in its backups folder</source>
        <translation>A checked copy of the database in its backups folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k database</source>
        <translation>Chec&amp;k database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Shuzai backups (*.db);;All files (*)</source>
        <translation>Shuzai backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace everything in %1 with the backup %2?

What the database holds now is kept as a backup of its own first, so this can be undone the same way.</source>
        <translation>Replace everything in %1 with the backup %2?

What the database holds now is kept as a backup of its own first, so this can be undone the same way.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored from %1.

What the database held before is kept in %2.</source>
        <translation>Restored from %1.

What the database held before is kept in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 is sound: every page, reference and search index was checked (%2 transcript segments).</source>
        <translation>%1 is sound: every page, reference and search index was checked (%2 transcript segments).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged:
%2</source>
        <translation>%1 is damaged:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest backup is %1 (taken %2). Restore it with File ▸ Restore from backup….</source>
        <translation>The latest backup is %1 (taken %2). Restore it with File ▸ Restore from backup….</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CaldavDialog</name>
    <message>
        <location filename="../ui/calendar/caldavdialog.cpp" line="+47"/>
        <source>&amp;Save account</source>
        <translation>&amp;Save account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>&amp;Keep the server&apos;s copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put the booking over it</source>
        <translation>&amp;Put the booking over it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team calendars (CalDAV)</source>
        <translation>Team calendars (CalDAV)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the keychain when empty</source>
        <translation>From the keychain when empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with its own certificate authority</source>
        <translation>Only for a server with its own certificate authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writer&apos;s login</source>
        <translation>Writer&apos;s login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their calendar&apos;s address on the same server</source>
        <translation>Their calendar&apos;s address on the same server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Booking calendar</source>
        <translation>Booking calendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>C&amp;A file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writers&apos; calendars (busy times)</source>
        <translation>Writers&apos; calendars (busy times)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Published bookings</source>
        <translation>Published bookings</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The account is saved; the password is kept only until Shuzai closes: %1</source>
        <translation>The account is saved; the password is kept only until Shuzai closes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is saved.</source>
        <translation>The account is saved.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The booking will be put over the server&apos;s copy at the next sync.</source>
        <translation>The booking will be put over the server&apos;s copy at the next sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s copy is kept.</source>
        <translation>The server&apos;s copy is kept.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n booking(s) published</source>
        <translation>
            <numerusform>%n booking published</numerusform>
            <numerusform>%n bookings published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n busy time(s) read from %1</source>
        <translation>
            <numerusform>%n busy time read from %1</numerusform>
            <numerusform>%n busy times read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendar</numerusform>
            <numerusform>%n calendars</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced: %1.</source>
        <translation>Synced: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) were changed on the server by someone else and were left as they are: choose below which copy stays.</source>
        <translation>
            <numerusform>%n event was changed on the server by someone else and was left as it is: choose below which copy stays.</numerusform>
            <numerusform>%n events were changed on the server by someone else and were left as they are: choose below which copy stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s) of the writers&apos; calendars could not be read and were left out.</source>
        <translation>
            <numerusform>%n event of the writers&apos; calendars could not be read and was left out.</numerusform>
            <numerusform>%n events of the writers&apos; calendars could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No booking calendar yet: enter its address and your login above.</source>
        <translation>No booking calendar yet: enter its address and your login above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the server, %2 waiting for the next sync, %3; %4.</source>
        <translation>%1 on the server, %2 waiting for the next sync, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an interview</source>
        <translation>an interview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: changed on the server (seen %3)</source>
        <translation>%1, %2: changed on the server (seen %3)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CalendarLegend</name>
    <message>
        <location filename="../ui/calendar/calendarlegend.cpp" line="+123"/>
        <source>Interview online</source>
        <translation>Interview online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview in person</source>
        <translation>Interview in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, not yet confirmed</source>
        <translation>Held, not yet confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate time</source>
        <translation>Candidate time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in a writer&apos;s calendar (CalDAV, kept up to date by sync)</source>
        <translation>Busy in a writer&apos;s calendar (CalDAV, kept up to date by sync)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy, imported from an .ics file</source>
        <translation>Busy, imported from an .ics file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: overlap, outside the candidate times or busy</source>
        <translation>Conflict: overlap, outside the candidate times or busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday or holiday (named under the date)</source>
        <translation>Sunday or holiday (named under the date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (red line: now)</source>
        <translation>Today (red line: now)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CalendarScreen</name>
    <message>
        <location filename="../ui/calendar/calendarscreen.cpp" line="+190"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s calendar (%2)</source>
        <translation>%1&apos;s calendar (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 and %2 overlap for the same writer.</source>
        <translation>%1 and %2 overlap for the same writer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 overlap for the same interviewee.</source>
        <translation>%1 and %2 overlap for the same interviewee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lies outside the candidate times.</source>
        <translation>%1 lies outside the candidate times.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 clashes with &quot;%2&quot; in an imported calendar.</source>
        <translation>%1 clashes with &quot;%2&quot; in an imported calendar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Times in %1</source>
        <translation>Times in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◀ Previous month</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next month ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview window</source>
        <translation>Interview window</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="+42"/>
        <source>Book interview…</source>
        <translation>Book interview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate times…</source>
        <translation>Candidate times…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export calendar (.ics)…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import busy times (.ics)…</source>
        <translation>Import busy times (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team calendars (CalDAV)…</source>
        <translation>Team calendars (CalDAV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files</source>
        <translation>Calendar files</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Books an interview with %1. Double-click or drag over empty time to choose the time.</source>
        <translation>Books an interview with %1. Double-click or drag over empty time to choose the time.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarbooking.cpp" line="+77"/>
        <location filename="../ui/calendar/calendarscreen.cpp" line="-60"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has already passed. Put the interview there all the same?</source>
        <translation>%1 has already passed. Put the interview there all the same?</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <location line="+16"/>
        <source>Book interview</source>
        <translation>Book interview</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Add the interviewee to the roster first.</source>
        <translation>Add the interviewee to the roster first.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="+49"/>
        <source>Cancel interview</source>
        <translation>Cancel interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the interview with %1 on %2? Edit ▸ Undo brings it back.</source>
        <translation>Cancel the interview with %1 on %2? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Save invitation</source>
        <translation>Save invitation</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>Import busy times</source>
        <translation>Import busy times</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%1: %n busy time(s) imported from %2 of %3 entries.</source>
        <translation>
            <numerusform>%1: %n busy time imported from %2 of %3 entries.</numerusform>
            <numerusform>%1: %n busy times imported from %2 of %3 entries.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read over the campaign&apos;s interview days, %1 to %2 (%3).</source>
        <translation>Read over the campaign&apos;s interview days, %1 to %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from a week before today to a year ahead, %1 to %2 (%3).</source>
        <translation>Read from a week before today to a year ahead, %1 to %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1 outside those days, %2 cancelled, %3 marked free.</source>
        <translation>Left out: %1 outside those days, %2 cancelled, %3 marked free.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repeating event(s) repeat so often that they were worked out only part of the way through those days.</source>
        <translation>
            <numerusform>%n repeating event repeats so often that it was worked out only part of the way through those days.</numerusform>
            <numerusform>%n repeating events repeat so often that they were worked out only part of the way through those days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+7"/>
        <source>Move interview</source>
        <translation>Move interview</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="-47"/>
        <location line="+24"/>
        <location line="+9"/>
        <source>Delete interview</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the interview “%1” (%2)? Only an interview without a transcript can be deleted; Edit ▸ Undo brings it back.</source>
        <translation>Delete the interview “%1” (%2)? Only an interview without a transcript can be deleted; Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Book interview at %1…</source>
        <translation>Book interview at %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;invitation (.ics)…</source>
        <translation>Save &amp;invitation (.ics)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel interview…</source>
        <translation>&amp;Cancel interview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete interview</source>
        <translation>&amp;Delete interview</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignListModel</name>
    <message>
        <location filename="../ui/campaign/campaignlistmodel.cpp" line="+79"/>
        <source>Archived %1</source>
        <translation>Archived %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignManagerDialog</name>
    <message>
        <location filename="../ui/campaign/campaignmanagerdialog.cpp" line="+31"/>
        <source>Show archived campaigns</source>
        <translation>Show archived campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date:</source>
        <translation>Publication date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate campaign</source>
        <translation>Duplicate campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the campaign &quot;%1&quot;? Only a campaign with nobody on its roster can be deleted; Edit ▸ Undo brings it back.</source>
        <translation>Delete the campaign &quot;%1&quot;? Only a campaign with nobody on its roster can be deleted; Edit ▸ Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignSettingsDialog</name>
    <message>
        <location filename="../ui/campaign/campaignsettingsdialog.cpp" line="+35"/>
        <source>Campaign settings</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> working days before publication</source>
        <translation> working days before publication</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A pair of brackets such as 【】 wraps each heading of the letter&apos;s text; any other mark, such as ■, is put before it.</source>
        <translation>A pair of brackets such as 【】 wraps each heading of the letter&apos;s text; any other mark, such as ■, is put before it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put before each list item of the letter&apos;s text, such as ・ or -.</source>
        <translation>Put before each list item of the letter&apos;s text, such as ・ or -.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offered, marked as tentatively held</source>
        <translation>Offered, marked as tentatively held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of letters</source>
        <translation>Left out of letters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <extracomment>Between the first and the last day of the interview window (Japanese: 〜).</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publication:</source>
        <translation>&amp;Publication:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication &amp;date:</source>
        <translation>Publication &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interview window:</source>
        <translation>&amp;Interview window:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;length:</source>
        <translation>Interview &amp;length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buffer between interviews:</source>
        <translation>&amp;Buffer between interviews:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modes:</source>
        <translation>Modes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;name:</source>
        <translation>Editor&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;e-mail:</source>
        <translation>Editor&apos;s &amp;e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;phone:</source>
        <translation>Editor&apos;s &amp;phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;heading mark:</source>
        <translation>Letter &amp;heading mark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter list &amp;mark:</source>
        <translation>Letter list &amp;mark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentati&amp;vely held times:</source>
        <translation>Tentati&amp;vely held times:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up after:</source>
        <translation>&amp;Follow up after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review due:</source>
        <translation>&amp;Review due:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate slots:</source>
        <translation>Candidate slots:</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CategoryEditorDialog</name>
    <message>
        <location filename="../ui/campaign/categoryeditordialog.cpp" line="+48"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;category…</source>
        <translation>Add &amp;category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;question…</source>
        <translation>Add &amp;question…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>Categories and questions</source>
        <translation>Categories and questions</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Name or question:</source>
        <translation>Name or question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation in letters:</source>
        <translation>The organisation in letters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person in letters:</source>
        <translation>The person in letters:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This campaign is archived: read-only until it is unarchived.</source>
        <translation>This campaign is archived: read-only until it is unarchived.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each person&apos;s own changes to their questions stay with the template question they changed.</source>
        <translation>Each person&apos;s own changes to their questions stay with the template question they changed.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CategoryTreeModel</name>
    <message>
        <location filename="../ui/campaign/categorytreemodel.cpp" line="+138"/>
        <source>Removed from the template; kept for the people whose answers are linked to it.</source>
        <translation>Removed from the template; kept for the people whose answers are linked to it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(removed) %1</source>
        <translation>(removed) %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category / question</source>
        <translation>Category / question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation (貴社)</source>
        <translation>Organisation (貴社)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person (様)</source>
        <translation>Person (様)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CorrectionDialog</name>
    <message>
        <location filename="../ui/review/correctiondialog.cpp" line="+22"/>
        <source>Record a correction</source>
        <translation>Record a correction</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Passage:</source>
        <translation>&amp;Passage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrected text:</source>
        <translation>&amp;Corrected text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/dashboardscreen.cpp" line="+43"/>
        <source>Not yet agreed</source>
        <translation>Not yet agreed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewed</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined or withdrawn</source>
        <translation>Declined or withdrawn</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nobody is at risk: every person is on track.</source>
        <translation>Nobody is at risk: every person is on track.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · publication date %2 · review answers due %3</source>
        <extracomment>The dashboard&apos;s headline: &quot;3 days to publication · publication date Thu 12 Jun 2025 · review answers due Thu 5 Jun&quot;.</extracomment>
        <translation>%1 · publication date %2 · review answers due %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · publication date %2</source>
        <translation>%1 · publication date %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Needs attention (%n)</source>
        <translation>
            <numerusform>Needs attention (%n)</numerusform>
            <numerusform>Needs attention (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::DiscardGuard</name>
    <message>
        <location filename="../ui/common/discardguard.cpp" line="+82"/>
        <source>Discard the changes you made in this form?</source>
        <translation>Discard the changes you made in this form?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::GuideDialog</name>
    <message>
        <location filename="../ui/shell/guidedialog.cpp" line="+51"/>
        <source>Shuzai user guide</source>
        <translation>Shuzai user guide</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::HelpMenu</name>
    <message>
        <location filename="../ui/shell/helpmenu.cpp" line="+43"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Welcome and first steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shuzai</source>
        <translation>&amp;About Shuzai</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About Shuzai</source>
        <translation>About Shuzai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Shuzai (取材) %1&lt;/b&gt;&lt;p&gt;A workbench for interview-based feature articles: roster, outreach, scheduling, transcripts and review.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shuzai (取材) %1&lt;/b&gt;&lt;p&gt;A workbench for interview-based feature articles: roster, outreach, scheduling, transcripts and review.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/transcripts/importpreviewdialog.cpp" line="+27"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encoding is a guess. Check the text below and choose another encoding if it looks wrong.</source>
        <translation>The encoding is a guess. Check the text below and choose another encoding if it looks wrong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segments:</source>
        <translation>Segments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines %1–%2</source>
        <translation>Lines %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n part(s) could not be read and will be skipped (in red); the others are not transcript text:</source>
        <translation>
            <numerusform>%n part could not be read and will be skipped (in red); the others are not transcript text:</numerusform>
            <numerusform>%n parts could not be read and will be skipped (in red); the others are not transcript text:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not transcript text (comments, header), not imported:</source>
        <translation>Not transcript text (comments, header), not imported:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beginning of the transcript:</source>
        <translation>Beginning of the transcript:</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::InterviewDialog</name>
    <message>
        <location filename="../ui/calendar/interviewdialog.cpp" line="+40"/>
        <source>Tentative (held until confirmed)</source>
        <translation>Tentative (held until confirmed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book interview</source>
        <translation>Book interview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interviewee:</source>
        <translation>Interviewee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting URL:</source>
        <translation>Meeting URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer:</source>
        <translation>Writer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel interview…</source>
        <translation>Cancel interview…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>For the interviewee: %1 (%2)</source>
        <translation>For the interviewee: %1 (%2)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Confirm booking</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save invitation (.ics)…</source>
        <translation>Save invitation (.ics)…</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::IntervieweeDetails</name>
    <message>
        <location filename="../ui/roster/intervieweedetails.cpp" line="+92"/>
        <source>Add question…</source>
        <translation>Add question…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword…</source>
        <translation>Reword…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore template</source>
        <translation>Restore template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interviewee selected</source>
        <translation>No interviewee selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a person in the roster to see their details and questions.</source>
        <translation>Select a person in the roster to see their details and questions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution: %1</source>
        <translation>Attribution: %1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::IntervieweeDialog</name>
    <message>
        <location filename="../ui/roster/intervieweedialog.cpp" line="+85"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (family, given):</source>
        <translation>&amp;Name (family, given):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading (katakana):</source>
        <translation>&amp;Reading (katakana):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attribution:</source>
        <translation>&amp;Attribution:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lias when anonymous:</source>
        <translation>A&amp;lias when anonymous:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone (if not the campaign&apos;s):</source>
        <translation>Time &amp;zone (if not the campaign&apos;s):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add interviewee</source>
        <translation>Add interviewee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit interviewee</source>
        <translation>Edit interviewee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ヤマダ</source>
        <translation>e.g. ヤマダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. タロウ</source>
        <translation>e.g. タロウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.co.jp</source>
        <translation>name@example.co.jp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign&apos;s zone</source>
        <translation>The campaign&apos;s zone</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading suggested from the name: correct it if it is read otherwise.</source>
        <translation>Reading suggested from the name: correct it if it is read otherwise.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::LetterDialog</name>
    <message>
        <location filename="../ui/outreach/letterdialog.cpp" line="+41"/>
        <source>Request letter</source>
        <translation>Request letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Japanese template</source>
        <translation>Japanese template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English template</source>
        <translation>English template</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep as the campaign&apos;s &amp;template</source>
        <translation>Keep as the campaign&apos;s &amp;template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Built-in template</source>
        <translation>&amp;Built-in template</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save as &amp;e-mail file…</source>
        <translation>Save as &amp;e-mail file…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Edited, not kept for the campaign</source>
        <translation>Edited, not kept for the campaign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in template</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign&apos;s own template</source>
        <translation>The campaign&apos;s own template</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the letter as</source>
        <translation>Save the letter as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail files (*.eml)</source>
        <translation>E-mail files (*.eml)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::LetterImportDialog</name>
    <message>
        <location filename="../ui/campaign/letterimportdialog.cpp" line="+92"/>
        <source>New campaign from &amp;letter…</source>
        <translation>New campaign from &amp;letter…</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>New campaign from a request letter</source>
        <translation>New campaign from a request letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop the request letter you wrote (Markdown, text or Word). Check what was read, fill in what is highlighted, then save: the campaign is created with the letter as its template.</source>
        <translation>Choose or drop the request letter you wrote (Markdown, text or Word). Check what was read, fill in what is highlighted, then save: the campaign is created with the letter as its template.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews from</source>
        <translation>Interviews from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews until</source>
        <translation>Interviews until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter as the campaign&apos;s template</source>
        <translation>The letter as the campaign&apos;s template</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Request letter</source>
        <translation>Request letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters (*.md *.markdown *.txt *.docx);;All files (*)</source>
        <translation>Letters (*.md *.markdown *.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Modes: %1</source>
        <translation>Modes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution: %1</source>
        <translation>Attribution: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>New campaign from letter</source>
        <translation>New campaign from letter</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailCorrectionsPanel</name>
    <message>
        <location filename="../ui/review/mailcorrectionspanel.cpp" line="+86"/>
        <source>No answers by mail to the open round.</source>
        <translation>No answers by mail to the open round.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answers by mail to round %1: %n correction(s) proposed</source>
        <translation>
            <numerusform>Answers by mail to round %1: %n correction proposed</numerusform>
            <numerusform>Answers by mail to round %1: %n corrections proposed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the mail&apos;s text</source>
        <translation>the mail&apos;s text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 (%3)</source>
        <translation>from %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: %1 → returned: %2</source>
        <translation>Sent: %1 → returned: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Accept correction</source>
        <translation>Accept correction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not matched to an item: %1</source>
        <translation>Not matched to an item: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxActions</name>
    <message>
        <location filename="../ui/shell/mailboxactions.cpp" line="+37"/>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Mailbox…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mail account, and fetching the replies to your letters</source>
        <translation>Your mail account, and fetching the replies to your letters</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxDialog</name>
    <message>
        <location filename="../ui/mailbox/mailboxdialog.cpp" line="+48"/>
        <source>&amp;Fetch now</source>
        <translation>&amp;Fetch now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox (IMAP)</source>
        <translation>Mailbox (IMAP)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the keychain when empty</source>
        <translation>From the keychain when empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with its own certificate authority</source>
        <translation>Only for a server with its own certificate authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>Choose the certificate authority&apos;s file (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shuzai reads the inbox over a secure connection and never deletes, moves or marks anything on the server.</source>
        <translation>Shuzai reads the inbox over a secure connection and never deletes, moves or marks anything on the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only when I click Fetch now</source>
        <translation>Only when I click Fetch now</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>C&amp;A file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching</source>
        <translation>Fetching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Automatically:</source>
        <translation>&amp;Automatically:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fetch:</source>
        <translation>Last fetch:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No account saved yet.</source>
        <translation>No account saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the mail server and your login.</source>
        <translation>Enter the mail server and your login.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the password: none is kept for this account yet.</source>
        <translation>Enter the password: none is kept for this account yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching from %1…</source>
        <translation>Fetching from %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is kept only until Shuzai closes: no keychain answered.</source>
        <translation>The password is kept only until Shuzai closes: no keychain answered.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxSession</name>
    <message>
        <location filename="../ui/mailbox/mailboxsession.cpp" line="+140"/>
        <source>No new messages.</source>
        <translation>No new messages.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new message(s) fetched (%1).</source>
        <extracomment>%1 is &quot;2 matched to interviewees&quot;</extracomment>
        <translation>
            <numerusform>%n new message fetched (%1).</numerusform>
            <numerusform>%n new messages fetched (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matched to interviewees</source>
        <translation>
            <numerusform>%n matched to interviewees</numerusform>
            <numerusform>%n matched to interviewees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already imported, skipped.</source>
        <translation>
            <numerusform>%n already imported, skipped.</numerusform>
            <numerusform>%n already imported, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail: not set up</source>
        <translation>Mail: not set up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: fetching…</source>
        <translation>Mail: fetching…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: password needed</source>
        <translation>Mail: password needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: fetch failed</source>
        <translation>Mail: fetch failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail: not fetched yet</source>
        <translation>Mail: not fetched yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mail: %n new from interviewees · %1</source>
        <translation>
            <numerusform>Mail: %n new from interviewees · %1</numerusform>
            <numerusform>Mail: %n new from interviewees · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail: fetched %1</source>
        <translation>Mail: fetched %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mailbox account yet: click to set one up.</source>
        <translation>No mailbox account yet: click to set one up.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Fetched every %n minute(s) while Shuzai is open.</source>
        <translation>
            <numerusform>Fetched every %n minute while Shuzai is open.</numerusform>
            <numerusform>Fetched every %n minutes while Shuzai is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="-430"/>
        <source>Undo/Redo</source>
        <translation>Undo/Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The undo history has been cleared.</source>
        <translation>%1

The undo history has been cleared.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;team server…</source>
        <translation>Connect to &amp;team server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign &amp;settings…</source>
        <translation>Campaign &amp;settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campaigns…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and &amp;questions…</source>
        <translation>Categories and &amp;questions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived campaigns</source>
        <translation>Show &amp;archived campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign: </source>
        <translation>Campaign: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting as: </source>
        <translation>Acting as: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Shuzai</source>
        <translation>Shuzai</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>%1 — Shuzai</source>
        <translation>%1 — Shuzai</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Campaign settings</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Shuzai databases (*.db *.sqlite);;All files (*)</source>
        <translation>Shuzai databases (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MatrixScreen</name>
    <message numerus="yes">
        <location filename="../ui/answers/matrixscreen.cpp" line="+70"/>
        <source>%n question(s) not yet answered</source>
        <translation>
            <numerusform>%n question not yet answered</numerusform>
            <numerusform>%n questions not yet answered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question matrix</source>
        <translation>Question matrix</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click an answer to open it in its transcript.</source>
        <translation>Double-click an answer to open it in its transcript.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MonthView</name>
    <message>
        <location filename="../ui/calendar/monthview.cpp" line="+201"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 busy: %2 (CalDAV: %3)</source>
        <translation>%1 busy: %2 (CalDAV: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 busy: %2 (.ics: %3)</source>
        <translation>%1 busy: %2 (.ics: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the week</source>
        <translation>Double-click to open the week</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::OutreachHistoryModel</name>
    <message>
        <location filename="../ui/outreach/outreachhistorymodel.cpp" line="+143"/>
        <source>Mail received</source>
        <translation>Mail received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed reply: %1</source>
        <translation>Proposed reply: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail received (proposal accepted)</source>
        <translation>Mail received (proposal accepted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail received (proposal dismissed)</source>
        <translation>Mail received (proposal dismissed)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefers: %1</source>
        <translation>Prefers: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read from: %1</source>
        <translation>Read from: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::OutreachPanel</name>
    <message>
        <location filename="../ui/outreach/outreachpanel.cpp" line="-135"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letters and replies</source>
        <translation>Letters and replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;reply…</source>
        <translation>Record &amp;reply…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save letter &amp;copy…</source>
        <translation>Save letter &amp;copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected letter exactly as it went out, as an .eml file</source>
        <translation>The selected letter exactly as it went out, as an .eml file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <location line="+18"/>
        <source>Accept proposal</source>
        <extracomment>The button that records the reply Shuzai read from the selected mail (承認).</extracomment>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Record the reply proposed from the selected mail, with the times it names</source>
        <translation>Record the reply proposed from the selected mail, with the times it names</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Set the proposed reply aside; nothing is recorded about the person</source>
        <translation>Set the proposed reply aside; nothing is recorded about the person</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shuzai could not tell what %1&apos;s mail answers (&quot;%2&quot;). Record it as:</source>
        <translation>Shuzai could not tell what %1&apos;s mail answers (&quot;%2&quot;). Record it as:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the letter as</source>
        <translation>Save the letter as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail files (*.eml)</source>
        <translation>E-mail files (*.eml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save letter copy</source>
        <translation>Save letter copy</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+46"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times &amp;in:</source>
        <translation>Show times &amp;in:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now: %1</source>
        <extracomment>Under the zone choice: what the time is now in the chosen zone.</extracomment>
        <translation>Now: %1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::QuestionListModel</name>
    <message>
        <location filename="../ui/roster/questionlistmodel.cpp" line="+75"/>
        <source>Added for this interviewee</source>
        <translation>Added for this interviewee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded for this interviewee. Template: %1</source>
        <translation>Reworded for this interviewee. Template: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the category&apos;s template</source>
        <translation>As in the category&apos;s template</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReplyDialog</name>
    <message>
        <location filename="../ui/outreach/replydialog.cpp" line="+22"/>
        <source>Reply from %1</source>
        <translation>Reply from %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked a question</source>
        <translation>Asked a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply yet (a note; the follow-up stays due)</source>
        <translation>No reply yet (a note; the follow-up stays due)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In their words, if none of the times above fits</source>
        <translation>In their words, if none of the times above fits</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(held for someone)</source>
        <translation>(held for someone)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Reply:</source>
        <translation>&amp;Reply:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Candidate times chosen:</source>
        <translation>&amp;Candidate times chosen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferred times:</source>
        <translation>&amp;Preferred times:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReviewOverviewModel</name>
    <message>
        <location filename="../ui/review/reviewoverviewmodel.cpp" line="+94"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interviewee (as printed)</source>
        <translation>Interviewee (as printed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReviewScreen</name>
    <message numerus="yes">
        <location filename="../ui/review/reviewscreen.cpp" line="+106"/>
        <source>%1 of %n approved; answers due %2</source>
        <translation>
            <numerusform>%1 of %n approved; answers due %2</numerusform>
            <numerusform>%1 of %n approved; answers due %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No interviewees yet. Each person of the campaign appears here with where their pre-publication check stands.</source>
        <translation>No interviewees yet. Each person of the campaign appears here with where their pre-publication check stands.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the roster</source>
        <translation>Open the roster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send for review…</source>
        <translation>&amp;Send for review…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;correction…</source>
        <translation>Record &amp;correction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;packet…</source>
        <translation>Save &amp;packet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers only: the interviewee approved what was sent</source>
        <translation>Reviewers only: the interviewee approved what was sent</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Not sent yet, and no passages are picked: choose quotes in the transcript or link answers first.</source>
        <translation>Not sent yet, and no passages are picked: choose quotes in the transcript or link answers first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet. These passages would be sent:</source>
        <translation>Not sent yet. These passages would be sent:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round %1: %2</source>
        <translation>Round %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 by %2 (%3); answer due %4</source>
        <translation>Sent %1 by %2 (%3); answer due %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided %1 by %2</source>
        <translation>Decided %1 by %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Correction:</source>
        <translation>Correction:</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sent &amp;by:</source>
        <translation>Sent &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passages as they read now are kept exactly as sent; later edits to the transcript do not change them.</source>
        <translation>The passages as they read now are kept exactly as sent; later edits to the transcript do not change them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record correction</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>How did the interviewee approve (e-mail, phone, …)?</source>
        <translation>How did the interviewee approve (e-mail, phone, …)?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Record that the interviewee withdrew? They will appear nowhere in the article.</source>
        <translation>Record that the interviewee withdrew? They will appear nowhere in the article.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Save packet</source>
        <translation>Save packet</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save the review packet</source>
        <translation>Save the review packet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;E-mail with the PDF attached (*.eml)</source>
        <translation>PDF (*.pdf);;E-mail with the PDF attached (*.eml)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::RosterModel</name>
    <message>
        <location filename="../ui/roster/rostermodel.cpp" line="+249"/>
        <source>No reply to the letter of %1: follow up.</source>
        <translation>No reply to the letter of %1: follow up.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (follow-up overdue by %n day(s))</source>
        <translation>
            <numerusform>%1 (follow-up overdue by %n day)</numerusform>
            <numerusform>%1 (follow-up overdue by %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::RosterScreen</name>
    <message>
        <location filename="../ui/roster/rosterscreen.cpp" line="-399"/>
        <location line="+127"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search name, reading or organisation</source>
        <translation>Search name, reading or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;letter…</source>
        <translation>Request &amp;letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nd letters…</source>
        <translation>Se&amp;nd letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request letter to everyone selected</source>
        <translation>Send the request letter to everyone selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book interview…</source>
        <translation>&amp;Book interview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the selected person&apos;s interview in the calendar, at the time their reply chose</source>
        <translation>Book the selected person&apos;s interview in the calendar, at the time their reply chose</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category changed</source>
        <translation>Category changed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 was changed by someone else while you were editing.

Their changes:
%2

Yours:
%3</source>
        <translation>%1 was changed by someone else while you were editing.

Their changes:
%2

Yours:
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Overwrite with mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Reload theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <location filename="../ui/roster/rosterscreenactions.cpp" line="+54"/>
        <source>Remove interviewee</source>
        <translation>Remove interviewee</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove %1 from the roster? You can undo this with Edit &gt; Undo.</source>
        <translation>Remove %1 from the roster? You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Question for %1:</source>
        <translation>Question for %1:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Reword question</source>
        <translation>Reword question</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Question %1 for %2:</source>
        <translation>Question %1 for %2:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Leave out question</source>
        <translation>Leave out question</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore template</source>
        <translation>Restore template</translation>
    </message>
    <message>
        <location filename="../ui/roster/rosterscreenactions.cpp" line="-2"/>
        <location line="+32"/>
        <source>Add interviewee…</source>
        <translation>Add interviewee…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Filter interviewees</source>
        <translation>Filter interviewees</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No campaign is open. Choose one in the toolbar, or create one with File ▸ Campaigns….</source>
        <translation>No campaign is open. Choose one in the toolbar, or create one with File ▸ Campaigns….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the roster…</source>
        <translation>Loading the roster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interviewee matches the filter.</source>
        <translation>No interviewee matches the filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interviewees yet. Add the people you want to interview, with their reading and category.</source>
        <translation>No interviewees yet. Add the people you want to interview, with their reading and category.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SavedNotice</name>
    <message>
        <location filename="../ui/common/savednotice.cpp" line="+53"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ScreenActions</name>
    <message>
        <location filename="../ui/shell/screenactions.cpp" line="+118"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/search/searchresultmodel.cpp" line="+36"/>
        <source>%1 — notes</source>
        <translation>%1 — notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 %3 %4</source>
        <translation>%1 — %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SearchScreen</name>
    <message>
        <location filename="../ui/search/searchscreen.cpp" line="+92"/>
        <source>Type a word to find it in every transcript and note of the campaign, in Japanese or English, one character or more.</source>
        <translation>Type a word to find it in every transcript and note of the campaign, in Japanese or English, one character or more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”. Full and half width and hiragana and katakana are treated alike; try fewer characters or another filter.</source>
        <translation>Nothing found for “%1”. Full and half width and hiragana and katakana are treated alike; try fewer characters or another filter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+88"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Search transcripts and notes (any word, even one character)</source>
        <translation>Search transcripts and notes (any word, even one character)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More results</source>
        <translation>More results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This campaign</source>
        <translation>This campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All interviewees</source>
        <translation>All interviewees</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n hit(s) shown (%1 ms)</source>
        <translation>
            <numerusform>%n hit shown (%1 ms)</numerusform>
            <numerusform>%n hits shown (%1 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SegmentModel</name>
    <message>
        <location filename="../ui/transcripts/segmentmodel.cpp" line="+94"/>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers question %1: %2</source>
        <translation>Answers question %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote candidate: “%1”</source>
        <translation>Quote candidate: “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote candidate: “%1” (%2)</source>
        <translation>Quote candidate: “%1” (%2)</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Corrected. As imported: %1</source>
        <translation>Corrected. As imported: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SendLettersDialog</name>
    <message>
        <location filename="../ui/outreach/senddialog.cpp" line="+39"/>
        <source>Send request letters</source>
        <translation>Send request letters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS from the start (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (local test servers only)</source>
        <translation>None (local test servers only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with a private certificate authority</source>
        <translation>Only for a server with a private certificate authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the keychain when empty</source>
        <translation>From the keychain when empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation>Remember in the system keychain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;CA certificate:</source>
        <translation>Extra &amp;CA certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Japanese template</source>
        <translation>Japanese template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English template</source>
        <translation>English template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-2022-JP (older Japanese mail systems)</source>
        <translation>ISO-2022-JP (older Japanese mail systems)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the mail server as smtp://user@host:port.</source>
        <translation>Enter the mail server as smtp://user@host:port.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the password for %1.</source>
        <translation>Enter the password for %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the letter being sent…</source>
        <translation>Stopping after the letter being sent…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the mail server or the account failed; fix it and send to the rest</source>
        <translation>the mail server or the account failed; fix it and send to the rest</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not logged: %1</source>
        <translation>Not logged: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send to the rest</source>
        <translation>&amp;Send to the rest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2 failed, %3 not sent.</source>
        <translation>%1 sent, %2 failed, %3 not sent.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SendResultsModel</name>
    <message>
        <location filename="../ui/outreach/sendresultsmodel.cpp" line="+49"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (cancelled)</source>
        <translation>Not sent (cancelled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ServerDialog</name>
    <message>
        <location filename="../ui/shell/serverdialog.cpp" line="+20"/>
        <source>Connect to the team server</source>
        <translation>Connect to the team server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From the keychain when empty</source>
        <translation>From the keychain when empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation>Remember in the system keychain</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SpeakerDialog</name>
    <message>
        <location filename="../ui/transcripts/speakerdialog.cpp" line="+18"/>
        <source>Speakers of %1</source>
        <translation>Speakers of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer: %1</source>
        <translation>Interviewer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transcript names no speakers.</source>
        <translation>The transcript names no speakers.</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::TranscriptView</name>
    <message>
        <location filename="../ui/transcripts/transcriptview.cpp" line="+72"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Find in transcript (Ctrl+F)</source>
        <translation>Find in transcript (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to question…</source>
        <translation>&amp;Link to question…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the chosen segment as the answer to a question (%1)</source>
        <translation>Link the chosen segment as the answer to a question (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a transcript on the left, or import one.</source>
        <translation>Choose a transcript on the left, or import one.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %2, %3, %n segment(s)</source>
        <translation>
            <numerusform>%1 — %2, %3, %n segment</numerusform>
            <numerusform>%1 — %2, %3, %n segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove &amp;quote candidate</source>
        <translation>Remove &amp;quote candidate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as &amp;quote candidate</source>
        <translation>Mark as &amp;quote candidate</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Link as answer to</source>
        <translation>Link as answer to</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Link answer</source>
        <translation>Link answer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quote candidate</source>
        <translation>Quote candidate</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::TranscriptsScreen</name>
    <message>
        <location filename="../ui/transcripts/transcriptsscreen.cpp" line="+117"/>
        <source>No interviewees yet. Add them in the roster: each person&apos;s interviews and their transcripts appear here.</source>
        <translation>No interviewees yet. Add them in the roster: each person&apos;s interviews and their transcripts appear here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the roster</source>
        <translation>Open the roster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+168"/>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Import transcript…</source>
        <translation>Import transcript…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers…</source>
        <translation>Speakers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a transcript file (VTT, SRT, TXT, DOCX) on an interview to import it.</source>
        <translation>Drop a transcript file (VTT, SRT, TXT, DOCX) on an interview to import it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <location line="+11"/>
        <source>Delete interview</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Delete the selected interview (only while it holds no transcript); Undo brings it back</source>
        <translation>Delete the selected interview (only while it holds no transcript); Undo brings it back</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Interview %1 (not scheduled)</source>
        <translation>Interview %1 (not scheduled)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (hold)</source>
        <translation>%1 (hold)</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+14"/>
        <location line="+18"/>
        <location line="+43"/>
        <source>Import transcript</source>
        <translation>Import transcript</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Transcripts (*.vtt *.srt *.sbv *.txt *.docx);;All files (*)</source>
        <translation>Transcripts (*.vtt *.srt *.sbv *.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::UndoActions</name>
    <message>
        <location filename="../ui/shell/undoactions.cpp" line="+36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WeekView</name>
    <message>
        <location filename="../ui/calendar/weekview.cpp" line="+198"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 (CalDAV, kept up to date by sync)</source>
        <translation>From %1 (CalDAV, kept up to date by sync)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1 (.ics file)</source>
        <translation>Imported from %1 (.ics file)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Held, not yet confirmed</source>
        <translation>Held, not yet confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: see the list of conflicts</source>
        <translation>Conflict: see the list of conflicts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or drag to book an interview here</source>
        <translation>Double-click or drag to book an interview here</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/shell/welcomedialog.cpp" line="+31"/>
        <location line="+37"/>
        <source>Welcome to Shuzai</source>
        <translation>Welcome to Shuzai</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Shuzai keeps an interview-based feature in one place: who you ask, the request letters and replies, the interview times, the transcripts and the interviewees&apos; review, planned back from the publication date.</source>
        <translation>Shuzai keeps an interview-based feature in one place: who you ask, the request letters and replies, the interview times, the transcripts and the interviewees&apos; review, planned back from the publication date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sample campaign is open: &lt;i&gt;a practical guide to small language models for Japanese companies&lt;/i&gt;, with interviewees in three categories (researchers and developers, solution vendors, adopting companies), each with its six questions. Try every step on it; File ▸ Campaigns… starts your own.</source>
        <translation>A sample campaign is open: &lt;i&gt;a practical guide to small language models for Japanese companies&lt;/i&gt;, with interviewees in three categories (researchers and developers, solution vendors, adopting companies), each with its six questions. Try every step on it; File ▸ Campaigns… starts your own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Interviewees</source>
        <translation>1. Interviewees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people you want to ask (Ctrl+N), with their reading and category; adjust each one&apos;s questions.</source>
        <translation>Add the people you want to ask (Ctrl+N), with their reading and category; adjust each one&apos;s questions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Request letters</source>
        <translation>2. Request letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and send the formal request letter with the candidate times; record each reply and the attribution the person chooses.</source>
        <translation>Write and send the formal request letter with the candidate times; record each reply and the attribution the person chooses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Calendar</source>
        <translation>3. Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book each 60-minute interview into a free slot: double-click a time. Conflicts with the team&apos;s busy times are shown.</source>
        <translation>Book each 60-minute interview into a free slot: double-click a time. Conflicts with the team&apos;s busy times are shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Transcripts</source>
        <translation>4. Transcripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the Zoom recording&apos;s transcript (WebVTT, SRT, text or .docx), name the speakers, link answers to the questions and mark quotes.</source>
        <translation>Attach the Zoom recording&apos;s transcript (WebVTT, SRT, text or .docx), name the speakers, link answers to the questions and mark quotes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Search</source>
        <translation>5. Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any passage in every transcript, in Japanese (Ctrl+F).</source>
        <translation>Find any passage in every transcript, in Japanese (Ctrl+F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Review</source>
        <translation>6. Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send each interviewee the content to check, record their corrections and their approval before the publication date.</source>
        <translation>Send each interviewee the content to check, record their corrections and their approval before the publication date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &lt;a href=&quot;guide:&quot;&gt;user guide&lt;/a&gt; (F1) explains every screen; Help ▸ Keyboard shortcuts lists the keys.</source>
        <translation>The &lt;a href=&quot;guide:&quot;&gt;user guide&lt;/a&gt; (F1) explains every screen; Help ▸ Keyboard shortcuts lists the keys.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show this page at start</source>
        <translation>Show this page at start</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WindowsDialog</name>
    <message>
        <location filename="../ui/calendar/windowsdialog.cpp" line="+39"/>
        <location line="+67"/>
        <location line="+15"/>
        <source>Candidate times</source>
        <translation>Candidate times</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Note, e.g. 必要に応じて</source>
        <translation>Note, e.g. 必要に応じて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Times in %1</source>
        <translation>Times in %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ZonePicker</name>
    <message>
        <location filename="../ui/common/zonepicker.cpp" line="+24"/>
        <source>Universal time</source>
        <translation>Universal time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seoul</source>
        <translation>Seoul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beijing, Shanghai</source>
        <translation>Beijing, Shanghai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taipei</source>
        <translation>Taipei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangkok</source>
        <translation>Bangkok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sydney</source>
        <translation>Sydney</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>London</source>
        <translation>London</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chicago</source>
        <translation>Chicago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los Angeles</source>
        <translation>Los Angeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honolulu</source>
        <translation>Honolulu</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <extracomment>A time zone in the list: a place and its offset, &quot;Seoul (UTC+09:00)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <extracomment>A time zone found by search: &quot;Buenos Aires (America/Argentina, UTC−03:00)&quot;.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type to search every time zone</source>
        <translation>Type to search every time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a zone from the list, or type part of a city&apos;s name (&quot;york&quot;, &quot;Buenos&quot;) to search all of them.</source>
        <translation>Choose a zone from the list, or type part of a city&apos;s name (&quot;york&quot;, &quot;Buenos&quot;) to search all of them.</translation>
    </message>
</context>
</TS>
