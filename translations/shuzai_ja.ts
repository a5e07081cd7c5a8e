<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Action</name>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="+12"/>
        <source>run campaigns</source>
        <translation>企画の管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change campaign settings</source>
        <translation>企画設定の変更</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="+27"/>
        <source>change the roster</source>
        <translation>取材先一覧の変更</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+34"/>
        <source>link answers and pick quotes</source>
        <translation>回答の紐付けと引用候補の選定</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+18"/>
        <location filename="../core/services/schedulingservice.cpp" line="+24"/>
        <source>schedule interviews</source>
        <translation>取材日程の登録</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="+76"/>
        <source>change transcripts</source>
        <translation>書き起こしの変更</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="+87"/>
        <source>change letter templates</source>
        <translation>依頼状テンプレートの変更</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+158"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+341"/>
        <source>send request letters</source>
        <translation>依頼状の送付</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>record replies to request letters</source>
        <translation>依頼状への返信の記録</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="+106"/>
        <source>send content for review</source>
        <translation>確認用資料の送付</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>record review corrections</source>
        <translation>確認時の修正の記録</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>approve content for publication</source>
        <translation>掲載内容の承認</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record a withdrawal</source>
        <translation>掲載辞退の記録</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="+396"/>
        <source>manage users</source>
        <translation>ユーザーの管理</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+170"/>
        <source>restore a backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_categories.cpp" line="+14"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="+13"/>
        <source>change the categories and template questions</source>
        <translation>区分とテンプレートの質問の変更</translation>
    </message>
    <message>
        <location filename="../core/services/letterimportservice.cpp" line="+54"/>
        <source>create campaigns</source>
        <translation>企画の作成</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice.cpp" line="+41"/>
        <source>publish to the team&apos;s calendars</source>
        <translation>チームのカレンダーへの公開</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice.cpp" line="+19"/>
        <source>fetch the mailbox</source>
        <translation>メールボックスの受信</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice_proposals.cpp" line="+24"/>
        <source>decide on reply proposals</source>
        <translation>メールから読み取った返信の提案を判断する</translation>
    </message>
    <message>
        <location filename="../core/services/reviewmailservice.cpp" line="+187"/>
        <source>accept a correction proposed from mail</source>
        <translation>メールから提案された修正を採用する</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/audit/auditentry.cpp" line="+14"/>
        <source>Request letter sent</source>
        <translation>依頼状を送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request letter saved as a file</source>
        <translation>依頼状をファイルに保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request letter not delivered</source>
        <translation>依頼状の送信失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply recorded</source>
        <translation>返信を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail received</source>
        <translation>メール受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed reply accepted</source>
        <translation>提案された返信を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed reply dismissed</source>
        <translation>提案された返信を却下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter template changed</source>
        <translation>依頼状テンプレートを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created from a request letter</source>
        <translation>依頼状から企画を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview added</source>
        <translation>取材を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview booked</source>
        <translation>取材を予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview moved</source>
        <translation>取材日時を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview cancelled</source>
        <translation>取材を取り消し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview confirmed</source>
        <translation>取材を確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview reinstated</source>
        <translation>取材を復活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview deleted</source>
        <translation>取材を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted interview restored</source>
        <translation>削除した取材を復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript imported</source>
        <translation>書き起こしを取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript edited</source>
        <translation>書き起こしを修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for review</source>
        <translation>確認依頼を送付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction recorded</source>
        <translation>修正依頼を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>掲載辞退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline status changed</source>
        <translation>進行状況を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee added</source>
        <translation>取材先を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee details changed</source>
        <translation>取材先の情報を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee removed</source>
        <translation>取材先を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database restored from a backup</source>
        <translation>データベースをバックアップから復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created</source>
        <translation>企画を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign created as a copy</source>
        <translation>企画を複製して作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign archived</source>
        <translation>企画をアーカイブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign unarchived</source>
        <translation>企画のアーカイブを解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign deleted</source>
        <translation>企画を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted campaign restored</source>
        <translation>削除した企画を復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category added</source>
        <translation>区分を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category changed</source>
        <translation>区分を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category moved</source>
        <translation>区分を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category removed</source>
        <translation>区分を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question added</source>
        <translation>テンプレートの質問を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question reworded</source>
        <translation>テンプレートの質問を言い換え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question moved</source>
        <translation>テンプレートの質問を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question removed</source>
        <translation>テンプレートの質問を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template question restored</source>
        <translation>テンプレートの質問を復元</translation>
    </message>
    <message>
        <location filename="../core/audit/auditsentence.cpp" line="+76"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how they appear</source>
        <translation>掲載形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alias</source>
        <translation>仮名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <extracomment>Between the items of a list in a sentence (&quot;name, contact details&quot;).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2) sent %3 the text to check (round %4)</source>
        <translation>%1さん（%2）が%3さんに確認用の本文を送付（第%4回）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%2) sent %3 %n passage(s) to check (round %4, %5); answer due %6</source>
        <translation>
            <numerusform>%1さん（%2）が%3さんに確認用の%n箇所を送付（第%4回、%5）。回答期限は%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) recorded that %3 accepted the request</source>
        <translation>%1さん（%2）が%3さんの承諾を記録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) recorded that %3 declined the request</source>
        <translation>%1さん（%2）が%3さんの辞退を記録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) recorded a question from %3</source>
        <translation>%1さん（%2）が%3さんからの質問を記録</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) noted that %3 has not replied</source>
        <translation>%1さん（%2）が%3さんから返信がないことを記録</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) recorded that %3 withdrew (round %4)</source>
        <translation>%1さん（%2）が%3さんの掲載辞退を記録（第%4回）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) recorded that %3 approved the text with corrections (round %4)</source>
        <translation>%1さん（%2）が%3さんの修正付き承認を記録（第%4回）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) recorded that %3 approved the text (round %4)</source>
        <translation>%1さん（%2）が%3さんの承認を記録（第%4回）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) added an interview with %3, not dated yet</source>
        <translation>%1さん（%2）が%3さんの取材を追加（日時未定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) added an interview with %3 for %4</source>
        <translation>%1さん（%2）が%3さんの取材を%4で追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) pencilled in an interview with %3 for %4</source>
        <translation>%1さん（%2）が%3さんの取材を%4に仮押さえ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) booked an interview with %3 for %4</source>
        <translation>%1さん（%2）が%3さんの取材を%4に予約</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved the interview with %3 from %4 to %5</source>
        <translation>%1さん（%2）が%3さんの取材を%4から%5に変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) cancelled the interview with %3 on %4</source>
        <translation>%1さん（%2）が%4の%3さんの取材を取り消し</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) deleted an interview with %3</source>
        <translation>%1さん（%2）が%3さんの取材を削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) restored a deleted interview with %3</source>
        <translation>%1さん（%2）が削除した%3さんの取材を復元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) confirmed the interview with %3 on %4</source>
        <translation>%1さん（%2）が%4の%3さんの取材を確定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) reinstated the interview with %3 on %4</source>
        <translation>%1さん（%2）が%4の%3さんの取材を元に戻しました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) changed %3&apos;s status from %4 to %5</source>
        <translation>%1さん（%2）が%3さんの状況を「%4」から「%5」に変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) put %3 back on the list</source>
        <translation>%1さん（%2）が%3さんを一覧に戻しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) added %3 to the list (%4)</source>
        <translation>%1さん（%2）が%3さんを一覧に追加（%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) changed %3&apos;s %4</source>
        <translation>%1さん（%2）が%3さんの%4を変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) removed %3 from the list</source>
        <translation>%1さん（%2）が%3さんを一覧から削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) created the campaign “%3”</source>
        <translation>%1さん（%2）が企画「%3」を作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) created the campaign “%3” from the request letter %4</source>
        <translation>%1さん（%2）が依頼状 %4 から企画「%3」を作成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) created the campaign “%3” as a copy of “%4”</source>
        <translation>%1さん（%2）が「%4」を複製して企画「%3」を作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) archived the campaign “%3”</source>
        <translation>%1さん（%2）が企画「%3」をアーカイブ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) took the campaign “%3” out of the archive</source>
        <translation>%1さん（%2）が企画「%3」をアーカイブから戻しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) deleted the campaign “%3”</source>
        <translation>%1さん（%2）が企画「%3」を削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) restored the deleted campaign “%3”</source>
        <translation>%1さん（%2）が削除した企画「%3」を復元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) added the category “%3”</source>
        <translation>%1さん（%2）が区分「%3」を追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) renamed the category “%3” to “%4”</source>
        <translation>%1さん（%2）が区分「%3」の名前を「%4」に変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) changed the honorifics of the category “%3”</source>
        <translation>%1さん（%2）が区分「%3」の敬称を変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved the category “%3” from place %4 to place %5</source>
        <translation>%1さん（%2）が区分「%3」を%4番目から%5番目に移動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) removed the category “%3”</source>
        <translation>%1さん（%2）が区分「%3」を削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) added the template question “%3”</source>
        <translation>%1さん（%2）がテンプレートの質問「%3」を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) reworded the template question “%3”</source>
        <translation>%1さん（%2）がテンプレートの質問「%3」を言い換え</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) moved a template question from place %3 to place %4</source>
        <translation>%1さん（%2）がテンプレートの質問を%3番目から%4番目に移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) removed the template question “%3”</source>
        <translation>%1さん（%2）がテンプレートの質問「%3」を削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) restored the template question “%3”</source>
        <translation>%1さん（%2）がテンプレートの質問「%3」を復元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) sent the request letter to %3</source>
        <translation>%1さん（%2）が%3さんに依頼状を送信</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) saved the request letter to %3 as the file %4</source>
        <translation>%1さん（%2）が%3さん宛の依頼状をファイル %4 に保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) could not deliver the request letter to %3</source>
        <translation>%1さん（%2）が%3さん宛の依頼状を送信できませんでした</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) fetched a mail that matches nobody</source>
        <translation>%1（%2）がどの取材先にも当たらないメールを受信しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) fetched a mail from %3</source>
        <translation>%1（%2）が %3 からのメールを受信しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) accepted the reply Shuzai read from %3&apos;s mail</source>
        <translation>%1さん（%2）が%3さんのメールから読み取った返信を承認</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) dismissed the reply Shuzai read from %3&apos;s mail</source>
        <translation>%1さん（%2）が%3さんのメールから読み取った返信を却下</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) went back to the built-in %3 letter template for “%4”</source>
        <translation>%1さん（%2）が「%4」の%3の依頼状テンプレートを標準に戻しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) changed the %3 letter template of “%4”</source>
        <translation>%1さん（%2）が「%4」の%3の依頼状テンプレートを変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) imported the transcript “%4” of the interview with %3</source>
        <translation>%1さん（%2）が%3さんの取材の書き起こし「%4」を取り込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) corrected a passage of the transcript of the interview with %3</source>
        <translation>%1さん（%2）が%3さんの取材の書き起こしを修正</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) recorded a correction from %3 (round %4)</source>
        <translation>%1さん（%2）が%3さんからの修正を記録（第%4回）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) added %3 as a user (%4)</source>
        <translation>%1さん（%2）が%3さんをユーザーに追加（%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) restored the database from the backup %3</source>
        <translation>%1さん（%2）がバックアップ %3 からデータベースを復元</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>no longer a user</source>
        <translation>（現在はユーザーではありません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a person since removed (no. %1)</source>
        <translation>削除済みの取材先（No. %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) made a change: %3</source>
        <translation>%1さん（%2）が変更：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before:
%1

After:
%2</source>
        <extracomment>An audit entry&apos;s text before and after the change, on lines of their own.</extracomment>
        <translation>変更前：
%1

変更後：
%2</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="+74"/>
        <source>Interview: %1 (%2)</source>
        <translation>取材：%1 様（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) = %3 (%4)</source>
        <translation>%1（%2）＝ %3（%4）</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice_sync.cpp" line="+271"/>
        <source>Interviews</source>
        <translation>取材</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+38"/>
        <source>Archived on %1: read-only until unarchived.</source>
        <translation>%1 にアーカイブ済み：アーカイブを解除するまで読み取り専用です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/letterimportcommands.cpp" line="+94"/>
        <source>Publication date: %1</source>
        <translation>掲載日：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/letterimportcommands.cpp" line="+1"/>
        <source>Interviews: %1 to %2, %3 minutes</source>
        <translation>取材期間：%1〜%2、%3分</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Modes: %1</source>
        <translation>取材方法：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribution options: %1</source>
        <translation>掲載形式の選択肢：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Category %1 (%2): %3, %4</source>
        <translation>区分 %1（%2）：%3、%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  -. %1 [removed; kept where answers are linked]</source>
        <translation>  -. %1 ［削除済み。回答の紐付けがある箇所には残ります］</translation>
    </message>
    <message>
        <location line="+105"/>
        <location filename="../app/cli/categorycommands.cpp" line="+28"/>
        <source>	(archived)</source>
        <translation>	（アーカイブ済み）</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Candidate slots:</source>
        <translation>候補日時：</translation>
    </message>
    <message>
        <location filename="../app/cli/intervieweecommands.cpp" line="+87"/>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>掲載形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Removed %1.</source>
        <translation>%1を削除しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading suggested from the name: %1 (check it; change it with interviewee edit %2 --reading).</source>
        <translation>名前から読みを推測しました：%1（ご確認ください。interviewee edit %2 --reading で変更できます）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+30"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1を作成しました（スキーマ %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ready (schema %2).</source>
        <translation>%1は使用できる状態です（スキーマ %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/questioncommands.cpp" line="+19"/>
        <source>Questions for %1:</source>
        <translation>%1への質問：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> [added]</source>
        <translation> ［追加］</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [reworded from template %1]</source>
        <translation> ［テンプレート %1 を言い換え］</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [removed from the template; kept for the linked answers]</source>
        <translation> ［テンプレートから削除済み。紐付けられた回答のために残しています］</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="+19"/>
        <source>not scheduled</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted interview %1.</source>
        <translation>取材 %1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommands.cpp" line="+92"/>
        <source>%1 (notes): %2</source>
        <translation>%1（メモ）：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More results: use --offset %1</source>
        <translation>続きがあります：--offset %1 を指定してください</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not asked</source>
        <translation>質問なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>** no answer yet **</source>
        <translation>** 未回答 **</translation>
    </message>
    <message>
        <location filename="../app/cli/transcriptcommands.cpp" line="+51"/>
        <source>Format: %1, encoding: %2%3</source>
        <translation>形式：%1、文字コード：%2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a guess: check the text)</source>
        <translation>（推定です。本文を確認してください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other possible encodings: %1 (choose one with --encoding)</source>
        <translation>ほかに考えられる文字コード: %1（--encoding で選んでください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments: %1</source>
        <translation>セグメント数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines %1–%2</source>
        <translation>%1〜%2行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped, %1: %2: %3</source>
        <translation>読み込めず除外、%1: %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not text, %1: %2: %3</source>
        <translation>本文ではない部分、%1: %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Q%1</source>
        <translation>問%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quote</source>
        <translation>引用候補</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcript %1 of interview %2: %3 (%4, %5)</source>
        <translation>取材 %2 の書き起こし %1：%3（%4、%5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (corrected)</source>
        <translation>（修正済み）</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Imported transcript %1: %2 segments, speakers: %3</source>
        <translation>書き起こし %1 を取り込みました：%2 セグメント、話者：%3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>(current)</source>
        <translation>（現在）</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="+24"/>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="+69"/>
        <location filename="../app/cli/replyproposalcommands.cpp" line="+150"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1	%2	due %3 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1	%2	催促期日 %3（%n 日超過）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+64"/>
        <location filename="../app/cli/exportcommands.cpp" line="+48"/>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/dashboardcommands.cpp" line="+26"/>
        <source>%n day(s) to publication (%1); review answers due %2</source>
        <translation>
            <numerusform>公開まであと%n日（%1）。確認の回答期限は%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication today (%1)</source>
        <translation>本日公開（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Published %n day(s) ago (%1)</source>
        <translation>
            <numerusform>公開から%n日経過（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 of %3 confirmed</source>
        <translation>%1：%3人中%2人が確定</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+85"/>
        <source>Round %1: %2, due %3</source>
        <translation>第%1回：%2、期限 %3</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>  correction to %1: %2</source>
        <translation>  %1 への修正：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="+49"/>
        <source>%1 is set up; %2 can log in as its editor.</source>
        <translation>%1 の準備ができました。%2 が編集長としてログインできます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/copycommands.cpp" line="+50"/>
        <source>Copied %n row(s); every table&apos;s checksum matches the original.</source>
        <translation>
            <numerusform>%n行を複製しました。すべての表のチェックサムが元と一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="+103"/>
        <source>Creates the database, or upgrades it.</source>
        <translation>データベースを作成、または更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only reads the database (opened read-only).</source>
        <translation>データベースは読み取るだけです（読み取り専用で開きます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes the database.</source>
        <translation>データベースを変更します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the databases it names itself.</source>
        <translation>指定されたデータベースを自分で開きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --%1 it only reads.</source>
        <translation>--%1 を指定すると読み取るだけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --%1 it changes the database.</source>
        <translation>--%1 を指定するとデータベースを変更します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be repeated</source>
        <translation>複数回指定できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also --%1</source>
        <translation>--%1 でも指定できます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exactly one of %1</source>
        <translation>%1 のいずれか1つを指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most one of %1</source>
        <translation>%1 のうち1つまで</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <location line="+131"/>
        <source>(%1) %2</source>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: shuzai-cli %1</source>
        <translation>使い方：shuzai-cli %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments:</source>
        <translation>引数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+131"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Global options: --db PATH, --json, --as USER, --lang ja|en (see shuzai-cli --help).</source>
        <translation>共通オプション：--db PATH、--json、--as USER、--lang ja|en（shuzai-cli --help を参照してください）。</translation>
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
        <translation>使い方：shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]

共通オプション（コマンドの前後どちらにも指定できます）：
  --db PATH      このデータベースファイルを開きます（既定：%1）。チームサーバーは
                 postgresql://user@host:port/database で指定します（パスワードは
                 SHUZAI_DB_PASSWORD またはシステムのキーチェーンから）
  --json         機械可読な UTF-8 の JSON で出力します
  --as USER      このユーザーとして操作します（user list を参照）
  --lang ja|en   メッセージの言語（既定：システムの言語）
  --help, --version

コマンド：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>shuzai-cli COMMAND --help (or shuzai-cli help COMMAND) shows what a command&apos;s arguments and options accept. Commands about a campaign&apos;s people take --campaign ID (default: the campaign with the latest publication date). Exit status: 0 success, 2 usage error, 1 any other error (message on stderr).</source>
        <translation>shuzai-cli COMMAND --help（または shuzai-cli help COMMAND）で、コマンドの引数とオプションに指定できる値を確認できます。企画の取材先を扱うコマンドは --campaign ID で企画を指定します（既定：掲載日が最も新しい企画）。終了コード：0 成功、2 使い方の誤り、1 その他のエラー（メッセージは標準エラー出力へ）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shuzai manual</source>
        <translation>Shuzai マニュアル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command line of Shuzai, the interview workbench for editorial teams</source>
        <translation>Shuzai（編集チームのための取材ワークベンチ）のコマンドライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNOPSIS</source>
        <translation>書式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every capability of the Shuzai desktop program as a command: the roster of interviewees, request letters, scheduling, transcripts, the interviewee&apos;s check before publication, exports and the audit log. With --json every command prints machine-readable UTF-8 JSON.</source>
        <translation>Shuzai デスクトップ版のすべての機能をコマンドで使えます：取材先一覧、依頼状、日程調整、書き起こし、掲載前の取材先確認、書き出し、変更履歴。--json を付けると、どのコマンドも機械で読める UTF-8 の JSON を出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLOBAL OPTIONS</source>
        <translation>共通オプション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database file (default: %1), or the team server postgresql://user@host:port/database.</source>
        <translation>このデータベースファイル（既定：%1）またはチームサーバー postgresql://ユーザー@ホスト:ポート/データベース を開きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print machine-readable UTF-8 JSON.</source>
        <translation>機械で読める UTF-8 の JSON を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as this user (see: user list).</source>
        <translation>このユーザーとして操作します（user list を参照）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages (default: the system&apos;s).</source>
        <translation>メッセージの言語（既定：システムの言語）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the commands, or one command&apos;s options.</source>
        <translation>コマンドの一覧、または一つのコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>COMMANDS</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EXIT STATUS</source>
        <translation>終了ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 success, 2 usage error, 1 any other error (message on stderr).</source>
        <translation>0 成功、2 使い方の誤り、1 その他のエラー（メッセージは標準エラー出力）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENVIRONMENT</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team server&apos;s password (otherwise the system keychain is asked).</source>
        <translation>チームサーバーのパスワード（ないときはシステムのキーチェーンに問い合わせます）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s password for sending letters.</source>
        <translation>依頼状を送るメールサーバーのパスワード。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar server&apos;s password for caldav sync (otherwise the system keychain is asked).</source>
        <translation>caldav sync で使うカレンダーサーバーのパスワード（無ければシステムのキーチェーンに尋ねます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MeCab dictionary that suggests name readings (default: /var/lib/mecab/dic/ipadic-utf8).</source>
        <translation>名前の読みを推測する MeCab 辞書（既定：/var/lib/mecab/dic/ipadic-utf8）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEE ALSO</source>
        <translation>関連項目</translation>
    </message>
    <message>
        <location filename="../app/cli/maintenancecommands.cpp" line="+33"/>
        <source>Backed up %1 to %2 (checked).</source>
        <translation>%1 を %2 にバックアップしました（検査済み）。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 is sound: every page, reference and search index checked (%n transcript segment(s)).</source>
        <translation>
            <numerusform>%1 に問題はありません。すべてのページ、参照、検索索引を検査しました（書き起こしのセグメント %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored %1 from %2; the damaged file was moved to %3.</source>
        <translation>%2 から %1 を復元しました。破損したファイルは %3 に移動しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1 from %2; what it held before is kept in %3.</source>
        <translation>%2 から %1 を復元しました。復元前の内容は %3 に保存してあります。</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+18"/>
        <source>an interviewee: their id or e-mail address</source>
        <translation>取材先：ID またはメールアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category: researcher, vendor, adopter, its name or its id</source>
        <translation>区分：researcher、vendor、adopter、区分名または ID</translation>
    </message>
    <message>
        <location filename="../app/cli/campaignverbs.cpp" line="+13"/>
        <source>a campaign&apos;s id</source>
        <translation>企画の ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category: its code (researcher), its name or its id</source>
        <translation>区分：コード（researcher など）、区分名または ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question&apos;s number in the template</source>
        <translation>テンプレートでの質問番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a place in the list, from 1</source>
        <translation>一覧での位置（1 から）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbbuilders.h" line="+84"/>
        <source>a campaign&apos;s id (default: the latest publication date)</source>
        <translation>企画の ID（既定：掲載日が最も新しい企画）</translation>
    </message>
    <message>
        <location filename="../app/cli/campaignverbs.cpp" line="+37"/>
        <source>a blank campaign (editors only): no categories yet; the interview window defaults to 21 to 8 days before publication</source>
        <translation>空の企画を作成します（編集長のみ）。区分はまだありません。取材期間の既定は掲載日の21日前〜8日前です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new campaign like campaign ID: settings, categories with honorifics, template questions, letter templates; not people or candidate times. The window moves with --publication-date; the title gets （コピー） unless given</source>
        <translation>企画 ID と同じ内容の新しい企画を作成します：設定、敬称付きの区分、テンプレートの質問、依頼状テンプレート（取材先と候補日時は含みません）。取材期間は --publication-date に合わせて移動します。タイトルを指定しなければ末尾に（コピー）が付きます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>close a campaign: read-only and left out of campaign list (--all shows it) until unarchived</source>
        <translation>企画を終了します。アーカイブを解除するまで読み取り専用になり、campaign list に表示されません（--all で表示）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open an archived campaign again</source>
        <translation>アーカイブした企画を再び開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete a campaign; only while nobody is on its roster</source>
        <translation>企画を削除します（取材先一覧にだれもいない場合のみ）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new category (its code from the name unless --code; 貴社 and 様 unless told)</source>
        <translation>区分を追加します（コードは --code がなければ名前から作成、敬称は指定がなければ貴社と様）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rename a category or change how letters address its people; the code stays</source>
        <translation>区分の名前や、依頼状での取材先の敬称を変更します。コードは変わりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>put a category at another place in the list</source>
        <translation>区分を一覧の別の位置に移動します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a category; refused while people are in it</source>
        <translation>区分を削除します（取材先がいる間は削除できません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a category&apos;s template questions (every category&apos;s without CATEGORY), with the removed ones people&apos;s answers still keep</source>
        <translation>区分のテンプレートの質問（CATEGORY を省くとすべての区分）。削除済みでも取材先の回答に残っている質問も示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a question to a category&apos;s template (at the end unless --position); everyone in the category gets it</source>
        <translation>区分のテンプレートに質問を追加します（--position がなければ末尾）。区分の全員の質問に加わります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reword template question N; people who reworded it keep their wording</source>
        <translation>テンプレートの質問 N を言い換えます。個別に言い換えた取材先の文面はそのまま残ります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move template question N to POSITION; each person&apos;s changes move with it</source>
        <translation>テンプレートの質問 N を POSITION に移動します。取材先ごとの変更も一緒に移動します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove template question N: gone from every list except where answers are linked to it (kept there, marked)</source>
        <translation>テンプレートの質問 N を削除します。回答が紐付いている箇所を除き、すべての質問リストから消えます（紐付いている箇所には印付きで残ります）</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+1"/>
        <source>a user&apos;s login</source>
        <translation>ユーザーのログイン名</translation>
    </message>
    <message>
        <location filename="../app/cli/letterimportcommands.cpp" line="-10"/>
        <location line="+7"/>
        <source>(missing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>From %1 (%2, %3):</source>
        <translation>%1（%2、%3）から読み取った内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title: %1</source>
        <translation>タイトル：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication: %1</source>
        <translation>掲載媒体：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editor: %1 &lt;%2&gt; %3 %4</source>
        <translation>編集者：%1 &lt;%2&gt; %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category %1 (%2, %3)</source>
        <translation>区分 %1（%2、%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate times:</source>
        <translation>候補日時：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter template (%1): %2 lines</source>
        <translation>依頼状テンプレート（%1）：%2行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To fill in (* needed before saving):</source>
        <translation>未記入の項目（* は保存前に必須）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new campaign from the editor&apos;s request letter (Markdown, text in any encoding, .docx): title, dates, length, modes, categories and questions, candidate times, attribution options, contact, and the letter as its template; --dry-run shows the proposal and what the letter leaves out (with lines); saving is refused while the title, publication date, interview window or categories are missing (give them as options)</source>
        <translation>編集者が書いた依頼状（Markdown、任意の文字コードのテキスト、.docx）から新しい企画を作成します：タイトル、日付、取材時間、取材方法、区分と質問、候補日時、掲載形式の選択肢、連絡先を読み取り、依頼状そのものをテンプレートにします。--dry-run では読み取った内容と、依頼状に書かれていない項目（行番号付き）を表示します。タイトル、掲載日、取材期間、区分のいずれかが欠けている間は保存できません（オプションで指定してください）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/verbtable.cpp" line="+1"/>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Still to fill in: %1</source>
        <translation>未記入：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="+2"/>
        <source>a database file or postgresql://user@host:port/database</source>
        <translation>データベースファイル、または postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a question&apos;s number in the person&apos;s list</source>
        <translation>その取材先の質問リストでの質問番号</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>create or upgrade the database (a new one gets the sample campaign)</source>
        <translation>データベースを作成または更新します（新しいデータベースにはサンプルの企画が入ります）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one campaign with its categories, 18 questions, candidate slots, attribution options</source>
        <translation>企画1件：区分、18の質問、候補日時、掲載形式の選択肢</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>campaign settings</source>
        <translation>企画の設定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add a person</source>
        <translation>取材先を追加します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the roster, sorted by reading; search ignores full/half width and hiragana/katakana</source>
        <translation>取材先一覧（読みの順）。検索では全角／半角とひらがな／カタカナを区別しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one person and their questions</source>
        <translation>取材先1人とその質問</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change a person (--expect-version N refuses a stale edit)</source>
        <translation>取材先の情報を変更します（--expect-version N で古い版に基づく変更を拒否します）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a person</source>
        <translation>取材先を削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person&apos;s questions: the category template with their changes</source>
        <translation>取材先の質問：区分のテンプレートとその人向けの変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reword question N for this person, without touching the template</source>
        <translation>この取材先の質問 N を言い換えます（テンプレートは変わりません）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave question N out for this person</source>
        <translation>この取材先では質問 N を省きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a question for this person (after template question N, else at the end)</source>
        <translation>この取材先に質問を追加します（テンプレートの質問 N の後、指定がなければ末尾）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back to the category&apos;s template (question N only, when given)</source>
        <translation>区分のテンプレートに戻します（N を指定するとその質問だけ）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>local users and roles (--as LOGIN acts as one of them)</source>
        <translation>ローカルのユーザーと役割（--as LOGIN でそのユーザーとして操作します）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person on the team (editors only); on a server also their login role (password on stdin)</source>
        <translation>チームのメンバーを追加します（編集長のみ）。サーバーではログイン用のロールも作成します（パスワードは標準入力から）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an interview session (times in the campaign&apos;s zone unless an offset is given)</source>
        <translation>取材の予定（オフセットの指定がなければ企画のタイムゾーンの時刻）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interview sessions</source>
        <translation>取材の一覧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete an interview that holds no transcript (a duplicate, a mistake), with its history</source>
        <translation>書き起こしのない取材（重複や誤り）を履歴ごと削除する</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an interview&apos;s transcripts</source>
        <translation>取材の書き起こしの一覧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transcript&apos;s segments (#id [time] speaker: text), the interview&apos;s latest unless --transcript says which</source>
        <translation>書き起こしのセグメント（#id [時刻] 話者: 本文）。--transcript で指定しなければ取材の最新の書き起こし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>correct a segment; every earlier wording is kept</source>
        <translation>セグメントを修正します。以前の文面はすべて残ります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every wording a segment had</source>
        <translation>セグメントのこれまでの文面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who each speaker is</source>
        <translation>各話者がだれか</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file exactly as imported (provenance)</source>
        <translation>取り込んだときのままのファイル（出所の記録）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every occurrence in transcripts and notes, one character or more, ignoring full/half width and hiragana/katakana; 【】 marks the hit (several words are searched as one text)</source>
        <translation>書き起こしとメモの中のすべての出現箇所（1文字から検索でき、全角／半角とひらがな／カタカナを区別しません）。一致箇所は【】で示します（複数の語は1つの文字列として検索します）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>link a passage to question N of its interviewee&apos;s list</source>
        <translation>発言を、その取材先の質問リストの質問 N に紐付けます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove that link</source>
        <translation>その紐付けを外します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the question × interviewee matrix</source>
        <translation>質問×取材先の一覧表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quote candidate (characters N to M of the segment, else all of it), kept as it reads when marked</source>
        <translation>引用候補（セグメントの N〜M 文字目、指定がなければ全体）。選んだ時点の文面のまま残ります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the quote candidates</source>
        <translation>引用候補の一覧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove a quote candidate</source>
        <translation>引用候補を削除します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the candidate slots (free, tentative, booked)</source>
        <translation>候補日時（空き、仮押さえ、予約済み）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the free slots as the letter&apos;s 【候補日時】 lines</source>
        <translation>空いている候補日時を依頼状の【候補日時】の形で</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add candidate times to the campaign</source>
        <translation>企画に候補日時を追加します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove candidate times (ids in campaign show --json)</source>
        <translation>候補日時を削除します（ID は campaign show --json で確認できます）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reschedule an interview; every change is kept</source>
        <translation>取材の日時を変更します。変更はすべて記録されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancel an interview</source>
        <translation>取材を取り消します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm a held interview</source>
        <translation>仮押さえの取材を確定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every change to an interview&apos;s time</source>
        <translation>取材日時の変更履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an invitation (METHOD:REQUEST, or CANCEL once cancelled) or the whole campaign, written with libical; UIDs stay, SEQUENCE rises</source>
        <translation>招待（METHOD:REQUEST、取り消し後は CANCEL）または企画全体を libical で書き出します。UID は変わらず、SEQUENCE が増えます</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>attach a Zoom/Teams WebVTT, SRT, YouTube .sbv, text or .docx transcript; --dry-run shows what would be stored and skipped (with line numbers) and the likely encodings; parts to skip or a guessed encoding need --yes</source>
        <translation>Zoom/Teams の WebVTT、SRT、YouTube の .sbv、テキスト、.docx の書き起こしを取り込む。--dry-run で保存される内容と除外される部分（行番号つき）、考えられる文字コードを表示。除外する部分や推測した文字コードがあるときは --yes が必要</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>the campaigns (archived ones too with --all)</source>
        <translation>企画の一覧（--all でアーカイブ済みも含む）</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>book (or hold) an interview; times are in the campaign&apos;s zone unless an offset is given; without --at, at the first free time the person&apos;s reply chose</source>
        <translation>取材を予約（または仮押さえ）します。オフセットの指定がなければ企画のタイムゾーンの時刻です。--at がなければ、取材先が返信で選んだ候補日時のうち最初の空き時間に予約します</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>someone&apos;s busy times (Google, Outlook, Apple, Thunderbird) over the campaign&apos;s interview days, to check bookings against; says how many were kept and left out (outside those days, cancelled, marked free); a broken time refuses the file, naming its line</source>
        <translation>予約と照合するための予定（Google、Outlook、Apple、Thunderbird）を企画の取材期間について取り込む。取り込んだ数と除いた数（期間外・キャンセル済み・空き時間）を表示。日時が壊れている場合はその行を示してファイル全体を受け付けない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overlapping interviews of one writer or interviewee, bookings outside the candidate times, clashes with imported calendars</source>
        <translation>同じライターまたは取材先で重なる取材、候補日時外の予約、取り込んだ予定との重なり</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ja, en or a template file</source>
        <translation>ja、en、またはテンプレートファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request letter for one person: their questions, the free candidate times; parts still to fill in (such as [編集長名]) are listed with their lines</source>
        <translation>取材先1人あての依頼状（その人の質問と空いている候補日時入り）。未記入の箇所（[編集長名] など）は行番号付きで示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the letter as an RFC 5322 message (Japanese headers as RFC 2047 words), written atomically; refused while parts are unfilled</source>
        <translation>依頼状を RFC 5322 のメッセージとして書き出します（日本語のヘッダーは RFC 2047 形式、アトミックに書き込み）。未記入の箇所があるうちは書き出しません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>send the letters over SMTP (certificates verified; --ca-file trusts one more CA; without --smtp the saved account; the password from SHUZAI_SMTP_PASSWORD or the keychain); one result per recipient: a refused recipient stops no one else, while a server, TLS or login failure stops the batch (not_sent for the rest)</source>
        <translation>依頼状を SMTP で送信します（証明書を検証します。--ca-file で CA を1つ追加で信頼します。--smtp がなければ保存済みのアカウント、パスワードは SHUZAI_SMTP_PASSWORD またはキーチェーンから）。結果は宛先ごとに示します。宛先が拒否されても他の宛先には送りますが、サーバー、TLS、ログインで失敗した場合は残りを送りません（not_sent）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the campaign&apos;s own letter template (used by render, export-eml and send), or the built-in one</source>
        <translation>企画独自の依頼状テンプレート（render、export-eml、send で使用）、または組み込みのテンプレート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep a letter template for the campaign; one with an unknown or malformed placeholder is refused with its line</source>
        <translation>企画の依頼状テンプレートを保存します。不明な差し込み項目や書式の誤りがあるテンプレートは、その行を示して拒否します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back to the built-in letter template</source>
        <translation>組み込みの依頼状テンプレートに戻します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every letter sent, exported or refused, with its time, where it went and (with --json) the exact message; a person not yet contacted becomes request_sent once a letter left</source>
        <translation>送信、書き出し、拒否されたすべての依頼状（日時、宛先、--json では送ったメッセージそのもの）。未連絡の取材先は依頼状が出た時点で request_sent になります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letters that waited the campaign&apos;s follow-up days (campaign edit --follow-up-days N, default 7) with no reply since; --on plans ahead</source>
        <translation>企画の催促日数（campaign edit --follow-up-days N、既定 7）が過ぎても返事のない依頼状。--on で先の日付について確認できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SMTP account kept in the app&apos;s settings (~/.config/shuzai/shuzai.conf, shared with the GUI; never the password)</source>
        <translation>アプリの設定（~/.config/shuzai/shuzai.conf、GUI と共通）に保存する SMTP アカウント（パスワードは保存しません）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved SMTP account</source>
        <translation>保存済みの SMTP アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the SMTP password (on standard input) in the system keychain; outreach send reads it when SHUZAI_SMTP_PASSWORD is not set. Without a keychain this fails plainly and nothing is written</source>
        <translation>SMTP のパスワード（標準入力から）をシステムのキーチェーンに保存します。SHUZAI_SMTP_PASSWORD がない場合に outreach send が使います。キーチェーンがなければ、何も書き込まずにエラーになります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove the SMTP password from the system keychain</source>
        <translation>SMTP のパスワードをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a calendar collection&apos;s address: https://host/path/ (http only to this computer)</source>
        <translation>カレンダーコレクションのアドレス：https://host/path/（http はこのコンピューター宛てのみ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team&apos;s booking calendar on a CalDAV server (made with MKCALENDAR at the first sync if missing) and the login; kept in the database, never the password; --ca-file trusts one more CA</source>
        <translation>CalDAV サーバー上のチームの予約カレンダー（無ければ最初の同期で MKCALENDAR で作成）とログイン。データベースに保存し、パスワードは保存しません。--ca-file で CA を一つ追加で信頼します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the booking calendar, its login and the last sync</source>
        <translation>予約カレンダー、そのログインと最終同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the CalDAV password (on standard input) in the system keychain as caldav://user@host:port; caldav sync reads it when SHUZAI_CALDAV_PASSWORD is not set</source>
        <translation>CalDAV のパスワード（標準入力）を caldav://user@host:port としてシステムのキーチェーンに保存します。SHUZAI_CALDAV_PASSWORD が無いとき caldav sync がこれを読みます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove the CalDAV password from the system keychain</source>
        <translation>CalDAV のパスワードをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read a writer&apos;s calendar for their busy times at each sync (checked by conflicts)</source>
        <translation>同期のたびに記者のカレンダーから予定のある時間を読み込みます（conflicts で確認）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop reading a writer&apos;s calendar; its busy times go</source>
        <translation>記者のカレンダーの読み込みをやめます。その予定のある時間も消えます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the writers&apos; calendars read, with their last sync</source>
        <translation>読み込んでいる記者のカレンダーと最終同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish the campaign&apos;s bookings (same UID as the invitations; a move or cancellation raises SEQUENCE; an event changed on the server by someone else is never overwritten but reported) and read the writers&apos; busy times incrementally; each record is kept as soon as the server answered, so an interrupted sync loses nothing</source>
        <translation>キャンペーンの予約を公開し（招待状と同じ UID。移動や取り消しで SEQUENCE を上げます。他の人がサーバー上で変えた予定は上書きせず報告します）、記者の予定のある時間を差分で読み込みます。サーバーが応答するたびに記録するので、中断しても何も失われません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>published, waiting for the next sync, in conflict, last sync, writers&apos; calendars</source>
        <translation>公開済み、次の同期待ち、競合中、最終同期、記者のカレンダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the busy times of a week (Monday to Sunday, in the campaign&apos;s zone), each marked as read from a writer&apos;s calendar over CalDAV or imported from an .ics file</source>
        <translation>1週間（月曜〜日曜、企画のタイムゾーン）の予定のある時間。それぞれ CalDAV で記者のカレンダーから読んだものか .ics ファイルから取り込んだものかを示します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end a conflict: --overwrite puts the booking over the server&apos;s copy, --keep-server leaves that copy and publishes only later changes</source>
        <translation>競合を解消します：--overwrite はサーバーの内容を予約で上書きし、--keep-server はサーバーの内容を残して以後の変更だけを公開します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the editor&apos;s IMAP account (TLS from the first byte), kept in the app&apos;s settings like the SMTP one; never the password</source>
        <translation>編集者の IMAP アカウント（最初から TLS）。SMTP と同じくアプリの設定に保存し、パスワードは保存しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved IMAP account and when it was last read</source>
        <translation>保存した IMAP アカウントと最後に受信した日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the IMAP password (on standard input) in the system keychain; mailbox fetch reads it when SHUZAI_IMAP_PASSWORD is not set</source>
        <translation>IMAP のパスワード（標準入力）をシステムのキーチェーンに保存します。SHUZAI_IMAP_PASSWORD が無いとき mailbox fetch がこれを読みます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove the IMAP password from the system keychain</source>
        <translation>IMAP のパスワードをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the inbox&apos;s new messages (read-only: nothing is marked, moved or deleted on the server), keep each with its exact bytes once, and match it to the letter it answers or the person who sent it; what was stored before an error is kept</source>
        <translation>受信箱の新しいメールを読み込み（読み取り専用：サーバー上では既読も移動も削除もしません）、元のバイト列のまま一度だけ保存し、返信先の依頼状か送信者に結び付けます。エラーの前に保存した分は残ります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the messages fetched, newest first; with INTERVIEWEE that person&apos;s</source>
        <translation>受信したメール（新しい順）。INTERVIEWEE を指定するとその人のもの</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one fetched message: its decoded text and attachments, or with --raw its exact bytes</source>
        <translation>受信したメール一通：本文と添付ファイル。--raw では元のバイト列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the person&apos;s answer; accepted/declined move the pipeline (never back from scheduled or later)</source>
        <translation>取材先からの返事。承諾／辞退で進行状況が進みます（日程確定以降から戻ることはありません）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what a reply (.eml) says, proposed against the campaign&apos;s free slots: accepts, declines or asks, the slots it names best first, the times named that are not free, and the phrases read; nothing is recorded</source>
        <translation>返信（.eml）の内容をキャンペーンの空き枠に照らして提案します：承諾・辞退・質問、挙げられた枠（希望順）、空いていない時間、読み取った語句。何も記録しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the replies read from fetched mail that wait for the editor (--all: the decided ones too), oldest first: the person, when it came, accepts/declines/asks, the free slots it names, the phrases read and the times named that are not free</source>
        <translation>取り込んだメールから読み取り、編集者の判断を待っている返信（--all：判断済みも）を古い順に：取材先、受信日時、承諾／辞退／質問、挙げられた空き枠、読み取った語句、空いていない時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record the reply proposed from mail message ID as if typed (its subject as the note, its slots as the preferred times); --kind is needed when the intent is unclear; a proposal is decided once</source>
        <translation>メール ID から提案された返信を手入力と同様に記録します（件名をメモに、枠を希望日時に）。意図が不明なときは --kind が必要です。提案の判断は一度だけです</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>set the reply proposed from mail message ID aside: nothing is recorded about the person</source>
        <translation>メール ID から提案された返信を却下します。取材先については何も記録しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the replies recorded, oldest first</source>
        <translation>記録した返事（古い順）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send the picked quotes and linked excerpts for checking: a new round whose snapshot never changes (a trigger refuses it), due the campaign&apos;s review margin in working days before publication (weekends and Japanese holidays skipped; campaign edit --review-margin N, default 5)</source>
        <translation>選んだ引用候補と紐付けた発言を確認用に送ります。新しい確認回の内容は以後変わりません（トリガーが変更を拒否します）。回答期限は掲載日の、企画の確認日数分前の営業日です（土日と日本の祝日を除く。campaign edit --review-margin N、既定 5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a correction the interviewee asked for, stored against the text as sent; --json gives the character diff</source>
        <translation>取材先から依頼された修正を、送った文面に対して記録します。--json では文字単位の差分を出力します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the corrections the answers by mail to the open round ask for (the text, an attached .docx or .txt), each against the text as sent, with its id MAIL:ITEM; text that names no item is listed as not matched; nothing is recorded</source>
        <translation>確認中の回にメールで届いた回答（本文、添付の .docx または .txt）が求める修正を、送付した本文と対比して ID（メール:箇所）付きで一覧にします。どの箇所にも当たらない文は「対応なし」として示し、何も記録しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record a correction proposed from mail (review mail-corrections) as if by review record; the note names the mail</source>
        <translation>メールから提案された修正（review mail-corrections）を review record と同様に記録します。メモに元のメールを記します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a proposal: the mail&apos;s id and the item, e.g. 12:3</source>
        <translation>提案：メールの ID と箇所（例：12:3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approval (reviewers only; &quot;approved with changes&quot; once corrections exist)</source>
        <translation>承認（校閲者のみ。修正がある場合は「修正ありで承認」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interviewee withdraws</source>
        <translation>取材先が掲載を取り下げます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every round as sent with its corrections ([-弊-]{+当+})</source>
        <translation>送ったときのままの各確認回とその修正（[-弊-]{+当+}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where each person stands, due dates, overdue, publishable</source>
        <translation>各取材先の状況、回答期限、期限超過、掲載可否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the review packet: passages in context, the attribution as printed, the answer date, Japanese fonts embedded; .eml attaches it to an e-mail to the interviewee</source>
        <translation>確認用資料：前後の文脈付きの発言、掲載どおりの表記、回答期限（日本語フォント埋め込み）。.eml では取材先あてのメールに添付します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the append-only log of every letter, reply, booking change, transcript edit, template change and review step with who, when, before and after (--action review. for a family; --format prints it as the export would be); nothing can change or delete it</source>
        <translation>依頼状、返事、予約の変更、書き起こしの修正、テンプレートの変更、確認の各段階を、だれが、いつ、変更前と変更後とともに追記だけで記録した変更履歴（--action review. で同系統をまとめて指定。--format では書き出しと同じ形式で表示）。変更も削除もできません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same log written to a file (CSV unless --format json)</source>
        <translation>同じ変更履歴をファイルに書き出します（--format json でなければ CSV）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per category &quot;2 of 3 confirmed&quot;, days left to publication, the review due date and who is at risk (no reply, accepted but not booked as the window closes, transcript missing, review overdue)</source>
        <translation>区分ごとの「3人中2人確定」、掲載日までの日数、確認の回答期限、要注意の取材先（返事なし、承諾済みだが取材期間の終わりが近いのに未予約、書き起こしなし、確認の期限超過）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a team server: the database (created if missing), the schema, group roles and grants, and the first editor&apos;s login (password on stdin; the administrator&apos;s in SHUZAI_DB_PASSWORD)</source>
        <translation>チームサーバーを準備します：データベース（なければ作成）、スキーマ、グループロールと権限、最初の編集長のログイン（パスワードは標準入力から、管理者のパスワードは SHUZAI_DB_PASSWORD から）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every record into an empty database on either engine (same ids, texts, originals, audit log); per-table counts and checksums, checked before the commit</source>
        <translation>すべてのレコードを、どちらのエンジンの空のデータベースにもコピーします（ID、文面、元ファイル、変更履歴もそのまま）。テーブルごとの件数とチェックサムを、確定前に照合します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a checked copy (default: the backups folder beside the database, rotated)</source>
        <translation>検査済みのコピーを作ります（既定：データベースの隣の backups フォルダー、古いものから入れ替え）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>integrity, references, search indexes</source>
        <translation>整合性、参照、検索索引を検査します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s content in place of the database&apos;s (the state before kept)</source>
        <translation>データベースの内容をバックアップの内容に置き換えます（置き換え前の状態は残ります）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these commands, one command&apos;s options (help COMMAND), or this table in Markdown (--markdown)</source>
        <translation>コマンドの一覧、1つのコマンドのオプション（help COMMAND）、またはこの表の Markdown（--markdown）</translation>
    </message>
    <message>
        <location filename="../app/cli/argcheck.cpp" line="+308"/>
        <source>any text</source>
        <translation>任意の文字列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value that is not empty</source>
        <translation>空でない値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number of %1 or more</source>
        <translation>%1 以上の整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1〜%2の整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an id (a whole number of 1 or more)</source>
        <translation>ID（1 以上の整数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one or more of %1, separated by commas</source>
        <translation>%1 から1つ以上（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a date and time as YYYY-MM-DDTHH:MM, in the campaign&apos;s zone unless an offset follows (+09:00, Z)</source>
        <translation>YYYY-MM-DDTHH:MM 形式の日時（オフセット（+09:00、Z）がなければ企画のタイムゾーン）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DD 形式の日付、または YYYY-MM-DDTHH:MM 形式の日時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time of day as HH:MM</source>
        <translation>HH:MM 形式の時刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an IANA time zone such as Asia/Tokyo, Europe/Berlin or UTC (JST is taken as Asia/Tokyo)</source>
        <translation>Asia/Tokyo、Europe/Berlin、UTC などの IANA のタイムゾーン（JST は Asia/Tokyo として扱います）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smtp://user@host:port (smtps:// for TLS from the start), without a password</source>
        <translation>パスワードを含まない smtp://user@host:port（最初から TLS の場合は smtps://）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LABEL=interviewee, LABEL=interviewer[:LOGIN] or LABEL=other</source>
        <translation>LABEL=interviewee、LABEL=interviewer[:LOGIN]、LABEL=other のいずれか</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="+263"/>
        <source>Imported %n busy time(s) from %1: %2 of %3 entries kept.</source>
        <translation>
            <numerusform>%1 から予定を %n 件取り込みました（%3 件中 %2 件を使用）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Window: %1 to %2 (%3), the campaign&apos;s interview days.</source>
        <translation>対象期間: %1〜%2（%3）、企画の取材期間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window: %1 to %2 (%3), a week before today to a year ahead.</source>
        <translation>対象期間: %1〜%2（%3）、今日の1週間前から1年先まで。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 outside the window, %2 cancelled, %3 marked free.</source>
        <translation>除外: 期間外 %1 件、キャンセル済み %2 件、空き時間 %3 件。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n repeating event(s) repeat so often that they were worked out only part of the way through the window.</source>
        <translation>
            <numerusform>繰り返しが多すぎる予定が%n件あり、対象期間の途中までしか展開していません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/categorycommands.cpp" line="+39"/>
        <source>  -. %1 [removed; kept where answers are linked, after %2]</source>
        <translation>  -. %1 ［削除済み。回答の紐付けがある箇所には残ります。元の位置：質問 %2 の後］</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Deleted campaign %1 (%2).</source>
        <translation>企画 %1（%2）を削除しました。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Removed category %1 (%2).</source>
        <translation>区分 %1（%2）を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/caldavcommands.cpp" line="+52"/>
        <source>Interview %1 was changed on the calendar server by someone else and is left as it is there (%2): check it, then run caldav resolve %1 --overwrite or --keep-server.</source>
        <translation>取材 %1 はカレンダーサーバー上で他の人に変更されたため、そのままにしてあります（%2）。確認のうえ caldav resolve %1 --overwrite か --keep-server を実行してください。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Published: %1 new, %2 changed, %3 cancelled, %4 unchanged, %5 deleted.</source>
        <translation>公開：新規 %1 件、変更 %2 件、取り消し %3 件、変更なし %4 件、削除 %5 件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writers&apos; calendars read: %1 (%2 events added or changed, %3 removed).</source>
        <translation>読み込んだ記者のカレンダー：%1（予定の追加・変更 %2 件、削除 %3 件）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n interview(s) still in conflict: see caldav status.</source>
        <translation>
            <numerusform>競合中の取材が %n 件あります：caldav status を見てください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No calendar server is set up.</source>
        <translation>カレンダーサーバーが設定されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking calendar: %1 (as %2)</source>
        <translation>予約カレンダー：%1（%2 として）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced.</source>
        <translation>まだ同期していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: %1, waiting for the next sync: %2, in conflict: %3.</source>
        <translation>公開済み：%1、次の同期待ち：%2、競合中：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="+100"/>
        <source>%1	not readable (kept): %2</source>
        <translation>%1	読めません（保存済み）：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1	unmatched	%2	%3</source>
        <translation>%1	該当なし	%2	%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 new, %2 matched, %3 unmatched</source>
        <translation>新着 %1 件、該当あり %2 件、該当なし %3 件</translation>
    </message>
    <message>
        <location filename="../app/cli/replyreadcommands.cpp" line="+61"/>
        <source>Intent: %1</source>
        <translation>意向：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed slots, best first:</source>
        <translation>提案する枠（希望順）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named, but not a free slot:</source>
        <translation>挙げられたが空き枠ではない時間：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from:</source>
        <translation>読み取った語句：</translation>
    </message>
    <message>
        <location filename="../app/cli/replyproposalcommands.cpp" line="-69"/>
        <source>No replies were proposed from fetched mail.</source>
        <translation>取り込んだメールから提案された返信はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proposed reply is waiting for a decision.</source>
        <translation>判断待ちの返信の提案はありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reviewmailcommands.cpp" line="+79"/>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>却下済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  slot: %1</source>
        <translation>  枠：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not a free slot: %1</source>
        <translation>  空き枠ではない時間：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  read from: 「%1」</source>
        <translation>  読み取った箇所：「%1」</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Dismissed the reply proposed from mail message %1.</source>
        <translation>メール %1 から提案された返信を却下しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewmailcommands.cpp" line="-43"/>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review round awaits an answer.</source>
        <translation>回答待ちの確認はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Round %1: %n correction(s) proposed from mail</source>
        <translation>
            <numerusform>第%1回：メールから提案された修正 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item %1</source>
        <translation>箇所 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not matched to an item (mail %1, %2): %3</source>
        <translation>どの箇所にも対応しない文（メール %1、%2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read: %1</source>
        <translation>読み取れませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../ui/commands/campaigncommands.cpp" line="+10"/>
        <source>Change campaign settings</source>
        <translation>企画設定の変更</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add a candidate time</source>
        <translation>候補日時の追加</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove a candidate time</source>
        <translation>候補日時の削除</translation>
    </message>
    <message>
        <location filename="../ui/commands/rostercommands.cpp" line="+17"/>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a question</source>
        <translation>質問の追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out a question</source>
        <translation>質問の除外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword a question</source>
        <translation>質問の言い換え</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore template questions</source>
        <translation>テンプレートの質問に戻す</translation>
    </message>
    <message>
        <location filename="../ui/commands/transcriptcommands.cpp" line="+9"/>
        <source>Correct the transcript</source>
        <translation>書き起こしの修正</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Link an answer</source>
        <translation>回答の紐付け</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unlink an answer</source>
        <translation>回答のリンクを外す</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mark a quote candidate</source>
        <translation>引用候補の登録</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove a quote candidate</source>
        <translation>引用候補を外す</translation>
    </message>
    <message>
        <location filename="../ui/commands/schedulecommands.cpp" line="+9"/>
        <source>Move an interview</source>
        <translation>取材日時の変更</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Book an interview</source>
        <translation>取材の予約</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete an interview</source>
        <translation>取材の削除</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add an interview</source>
        <translation>取材の追加</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel an interview</source>
        <translation>取材のキャンセル</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change an interview</source>
        <translation>取材の変更</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Confirm an interview</source>
        <translation>取材の確定</translation>
    </message>
    <message>
        <location filename="../ui/commands/outreachcommands.cpp" line="+12"/>
        <source>Save letter template</source>
        <translation>依頼状テンプレートの保存</translation>
    </message>
    <message>
        <location filename="../ui/commands/lifecyclecommands.cpp" line="+58"/>
        <source>New campaign</source>
        <translation>企画の新規作成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate campaign</source>
        <translation>企画の複製</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Archive campaign</source>
        <translation>企画のアーカイブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unarchive campaign</source>
        <translation>企画のアーカイブ解除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete campaign</source>
        <translation>企画の削除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add category</source>
        <translation>区分の追加</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change category</source>
        <translation>区分の変更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move category</source>
        <translation>区分の移動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove category</source>
        <translation>区分の削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add template question</source>
        <translation>テンプレートの質問の追加</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reword template question</source>
        <translation>テンプレートの質問の言い換え</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move template question</source>
        <translation>テンプレートの質問の移動</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove template question</source>
        <translation>テンプレートの質問の削除</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../core/scheduling/conflicts.cpp" line="+38"/>
        <source>Interviews %1 and %2 overlap for the same writer.</source>
        <translation>取材 %1 と %2 は同じライターで時間が重なっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interviews %1 and %2 overlap for the same interviewee.</source>
        <translation>取材 %1 と %2 は同じ取材先で時間が重なっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview %1 lies outside the campaign&apos;s candidate times.</source>
        <translation>取材 %1 は企画の候補日時の外にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview %1 clashes with &quot;%2&quot; in an imported calendar.</source>
        <translation>取材 %1 は取り込んだカレンダーの「%2」と重なっています。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../core/services/dashboardservice.cpp" line="+36"/>
        <source>no reply, follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>返信なし（催促期限を%n日超過）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted but not booked; the window has closed</source>
        <translation>承諾済みだが未予約（取材期間は終了）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>accepted but not booked; the window closes in %n day(s)</source>
        <translation>
            <numerusform>承諾済みだが未予約（取材期間の終了まで%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no transcript %n day(s) after the interview</source>
        <translation>
            <numerusform>取材から%n日経っても書き起こしなし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>review answer overdue by %n day(s)</source>
        <translation>
            <numerusform>確認の回答期限を%n日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) to publication</source>
        <translation>
            <numerusform>公開まで%n日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published today</source>
        <translation>本日公開</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published (%n day(s) ago)</source>
        <translation>
            <numerusform>公開済み（%n日前）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 confirmed, %4 interviewed, %5 approved</source>
        <translation>%1：%3人中%2人が確定、取材済み%4人、承認済み%5人</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/shell/databaseopener.cpp" line="+38"/>
        <source>Damaged database</source>
        <translation>破損したデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 cannot be used:
%2

Restore the latest good backup, %3 (taken %4)? The damaged file is kept beside it.</source>
        <translation>データベース %1 は使用できません：
%2

最新の正常なバックアップ %3（%4 に作成）から復元しますか？破損したファイルはその隣に残します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Shuzai database at %1.

Create a new one there, with the sample campaign to try things out?</source>
        <translation>%1 に Shuzai のデータベースがありません。

ここに新しく作成しますか？試しに使えるサンプルの企画が入ります。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+19"/>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer</source>
        <translation>ライター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>校閲者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided</source>
        <translation>未定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and affiliation</source>
        <translation>氏名・所属を掲載</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and affiliation with photo</source>
        <translation>氏名・所属・写真を掲載</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not contacted</source>
        <translation>未連絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request sent</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>日程確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>取材済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/review/review.cpp" line="+18"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/review/review.cpp" line="+3"/>
        <source>Withdrawn</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online (Zoom)</source>
        <translation>オンライン（Zoom）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../core/review/review.cpp" line="-8"/>
        <source>Not sent</source>
        <translation>未送付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting response</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrections requested</source>
        <translation>修正依頼あり</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved with changes</source>
        <translation>修正のうえ承認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF handed over</source>
        <translation>PDFを手渡し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+18"/>
        <location filename="../core/services/rosterservice.cpp" line="+343"/>
        <location filename="../core/services/transcriptservice.cpp" line="+198"/>
        <source>The entry is too long.</source>
        <translation>入力が長すぎます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The family name must not be empty.</source>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reading of the family name must be in katakana: %1</source>
        <translation>姓のフリガナはカタカナで入力してください：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reading of the given name must be in katakana: %1</source>
        <translation>名のフリガナはカタカナで入力してください：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+99"/>
        <location filename="../core/outreach/mailmessage.cpp" line="+85"/>
        <source>The e-mail address is not valid: %1</source>
        <translation>メールアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The phone number is not valid: %1</source>
        <translation>電話番号が正しくありません：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a category of this campaign.</source>
        <translation>この企画の区分を選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This campaign does not offer the attribution &quot;%1&quot;.</source>
        <translation>この企画では掲載形式「%1」は選択できません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The campaign title must not be empty.</source>
        <translation>企画のタイトルを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publication date is not a valid date.</source>
        <translation>掲載日が正しい日付ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview window must end on or after its first day.</source>
        <translation>取材期間の終了日は開始日以降にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interviews must end before the publication date.</source>
        <translation>取材期間は掲載日より前に終わるようにしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/services/interviewservice.cpp" line="+8"/>
        <location filename="../core/services/schedulingservice.cpp" line="+336"/>
        <source>The interview length must be between 10 and 480 minutes.</source>
        <translation>取材時間は10分から480分の間で指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buffer between interviews must be between 0 and 240 minutes.</source>
        <translation>取材の間隔は 0〜240 分にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups must fall due between 1 and 60 days after a letter.</source>
        <translation>催促までの日数は、依頼状の送付から 1〜60 日の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review margin must be between 0 and 60 working days before publication.</source>
        <translation>確認の期限は公開日の0〜60営業日前にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer at least one way to hold the interview.</source>
        <translation>取材方法を1つ以上選択してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The heading mark of letters must be up to 4 characters without spaces, such as 【】 or ■: %1</source>
        <translation>依頼状の見出し記号は、【】や■のように空白を含まない4文字以内で指定してください：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list mark of letters must be 1 to 4 characters without spaces, such as ・ or -: %1</source>
        <translation>依頼状の箇条書き記号は、・や - のように空白を含まない1〜4文字で指定してください：%1</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+74"/>
        <source>Unknown time zone: %1</source>
        <translation>不明なタイムゾーンです：%1</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="-350"/>
        <source>The question must not be empty.</source>
        <translation>質問を入力してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interviewee %1 does not belong to this campaign.</source>
        <translation>取材先 %1 はこの企画に含まれていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No interviewee of this campaign has the e-mail address %1.</source>
        <translation>この企画に、メールアドレスが %1 の取材先はいません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The e-mail address %1 is already used by %2 in this campaign.</source>
        <translation>メールアドレス %1 は、この企画ですでに%2が使用しています。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 has %2 interview(s) on record and cannot be removed. Cancel the interviews first.</source>
        <translation>%1には取材の記録が%2件あるため削除できません。先に取材をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+151"/>
        <location filename="../app/cli/categorycommands.cpp" line="-132"/>
        <source>There is no question %1 in the category&apos;s list (1 to %2).</source>
        <translation>区分の質問一覧に質問 %1 はありません（1〜%2）。</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+13"/>
        <location filename="../core/services/rosterservice.cpp" line="+122"/>
        <source>There is no question %1 in the list (1 to %2).</source>
        <translation>質問一覧に質問 %1 はありません（1〜%2）。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This passage is already linked to that question.</source>
        <translation>この箇所はすでにその質問に紐付けられています。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This passage is not linked to that question.</source>
        <translation>この箇所はその質問に紐付けられていません。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The passage %1-%2 is outside the segment&apos;s text (0-%3).</source>
        <translation>範囲 %1-%2 はセグメントの本文（0-%3）の外にあります。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/storage/answerrepository.cpp" line="+131"/>
        <source>There is no quote candidate %1.</source>
        <translation>引用候補 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="-295"/>
        <source>The database %1 is damaged. The latest good backup is %2 (taken %3). Restore it with File &gt; Restore backup… or shuzai-cli restore &quot;%2&quot;.</source>
        <translation>データベース %1 は破損しています。最新の正常なバックアップは %2（%3 に作成）です。［ファイル］&gt;［バックアップから復元…］または shuzai-cli restore &quot;%2&quot; で復元してください。</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%1 is not a Shuzai user of %2. Ask the editor to add you (shuzai-cli user add).</source>
        <translation>%1 は %2 の Shuzai ユーザーではありません。編集長に追加を依頼してください（shuzai-cli user add）。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Setting up the server needs its administrator (a superuser), not %1.</source>
        <translation>サーバーの準備には管理者（スーパーユーザー）での接続が必要です（%1 では行えません）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first user of a server is its editor.</source>
        <translation>サーバーの最初のユーザーは編集長です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A login is 1 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not &quot;%1&quot;.</source>
        <translation>ログイン名は1〜32文字の半角小文字・数字・「.」「_」「-」で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the user&apos;s name.</source>
        <translation>ユーザーの名前を入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>ログイン名「%1」はすでに使われています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give %1 a password to log in to the server with.</source>
        <translation>%1 がサーバーにログインするためのパスワードを指定してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On the team server you act as yourself (%1); log in as %2 to act as them.</source>
        <translation>チームサーバーでは自分（%1）として操作します。%2 として操作するには %2 でログインしてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2) may not %3. This needs the role: %4.</source>
        <translation>%1（%2）には%3の権限がありません。必要な役割：%4</translation>
    </message>
    <message>
        <location filename="../core/storage/campaignrepository.cpp" line="+20"/>
        <source>There is no campaign %1.</source>
        <translation>企画 %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+216"/>
        <location filename="../ui/commands/campaigncommands.cpp" line="-52"/>
        <source>The campaign was changed by someone else in the meantime. Reload it and apply your change again.</source>
        <translation>この企画は、その間に別のユーザーによって変更されました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The campaign has no candidate time %1.</source>
        <translation>この企画に候補日時 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+105"/>
        <source>%1 is not a file.</source>
        <translation>%1はファイルではありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or open a copy.</source>
        <translation>データベース %1 は読み取り専用です。ファイルのアクセス権を確認するか、コピーを開いてください。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not create the database %1 on the team server: the login may not be allowed to create databases.</source>
        <translation>チームサーバーにデータベース %1 を作成できませんでした。このログインにはデータベースの作成が許可されていない可能性があります。</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>%1 is not a Shuzai database (not an SQLite file).</source>
        <translation>%1はShuzaiのデータベースではありません（SQLiteファイルではありません）。</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>Cannot create the folder for the database %1.</source>
        <translation>データベース %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The team server (%1) did not accept the login %2. Check the user name and the password.</source>
        <translation>チームサーバー（%1）がログイン %2 を受け付けませんでした。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team server (%1) has no database named %2. Check the database name in the address.</source>
        <translation>チームサーバー（%1）に %2 という名前のデータベースはありません。アドレスのデータベース名を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to the team server (%1). Check that the server is running and that the address is right.</source>
        <translation>チームサーバー（%1）に接続できません。サーバーが起動しているか、アドレスが正しいかを確認してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The database %1 is empty (0 bytes): whatever it held is gone. Restore a backup (shuzai-cli restore), or make a new database there with shuzai-cli init.</source>
        <translation>データベース %1 は空（0 バイト）で、内容は失われています。バックアップから復元する（shuzai-cli restore）か、shuzai-cli init でそこに新しいデータベースを作成してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no database at %1. Check the path, or make a new database there with shuzai-cli init.</source>
        <translation>%1 にデータベースがありません。パスを確認するか、shuzai-cli init でそこに新しいデータベースを作成してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 cannot be read. Check the file&apos;s permissions.</source>
        <translation>データベース %1 を読み取れません。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The search index of %1 could not be set up (SQLite without FTS5?).</source>
        <translation>%1 の検索索引を準備できませんでした（SQLite に FTS5 がない可能性があります）。</translation>
    </message>
    <message>
        <location filename="../core/domain/postgrestarget.cpp" line="+14"/>
        <source>--db needs a file or postgresql://user@host:port/database, not &quot;%1&quot;.</source>
        <translation>--db にはファイル、または postgresql://user@host:port/database を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+17"/>
        <source>A database name is lower-case letters, digits and &apos;_&apos;, not &quot;%1&quot;.</source>
        <translation>データベース名は半角小文字・数字・「_」で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is an SQLite file, but not a Shuzai database.</source>
        <translation>%1はSQLiteファイルですが、Shuzaiのデータベースではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 was written by a newer Shuzai (schema %2; this version knows up to %3). Update Shuzai to open it.</source>
        <translation>データベース %1 は新しいバージョンのShuzaiで作成されています（スキーマ %2。このバージョンが対応しているのは %3 までです）。開くにはShuzaiを更新してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 has an older layout (schema %2) and was opened only for reading. Open it once to change something (or run shuzai-cli init) to upgrade it.</source>
        <translation>データベース %1 は古い形式（スキーマ %2）のため、読み取り専用で開きました。形式を更新するには、変更を伴う操作で一度開く（または shuzai-cli init を実行する）必要があります。</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+129"/>
        <source>The server %1 cannot be reached. Nothing was saved; Shuzai connects again with your next change.</source>
        <translation>サーバー %1 に接続できません。何も保存していません。次の変更のときに接続し直します。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+42"/>
        <source>The database %1 is in use by another program and could not be changed. Nothing was saved; try again in a moment.</source>
        <translation>データベース %1 は別のプログラムが使用中のため、変更できませんでした。何も保存されていません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is read-only. Nothing was saved.</source>
        <translation>データベース %1 は読み取り専用です。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the database %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>データベース %1 があるディスクの空き容量がありません。何も保存されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 is damaged. Nothing was saved. Check it with shuzai-cli check and restore a backup (File &gt; Restore backup…, or shuzai-cli restore).</source>
        <translation>データベース %1 は破損しています。何も保存されていません。shuzai-cli check で検査し、バックアップから復元してください（［ファイル］&gt;［バックアップから復元…］または shuzai-cli restore）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 could not be opened or written. Check that its folder exists and is writable. Nothing was saved.</source>
        <translation>データベース %1 を開けないか、書き込めません。フォルダーが存在し書き込み可能か確認してください。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change conflicts with data already in the database %1. Nothing was saved.</source>
        <translation>変更内容がデータベース %1 の既存のデータと矛盾します。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>データベース %1 で処理を実行できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="-21"/>
        <location filename="../core/storage/intervieweerepository.cpp" line="+70"/>
        <source>There is no interviewee %1.</source>
        <translation>取材先 %1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../core/storage/intervieweerepository.cpp" line="+102"/>
        <location filename="../ui/commands/rostercommands.cpp" line="-102"/>
        <source>%1 was changed by someone else in the meantime. Reload and apply your change again.</source>
        <translation>%1は、その間に別のユーザーによって変更されました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+37"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-102"/>
        <location filename="../app/cli/transcriptcommands.cpp" line="-171"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>ユーザー「%1」は存在しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+70"/>
        <source>The database has no campaign yet.</source>
        <translation>データベースにまだ企画がありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+16"/>
        <source>Usage: shuzai-cli %1</source>
        <translation>使い方：shuzai-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+53"/>
        <source>Unknown option %1. See --help.</source>
        <translation>不明なオプション %1 です。--help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/argcheck.cpp" line="-261"/>
        <source>%1 accepts %2, not &quot;%3&quot;.</source>
        <translation>%1 には%2を指定してください（「%3」は指定できません）。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>--smtp must not hold a password: keep it in the system keychain (shuzai-cli smtp password set, password on standard input) or in SHUZAI_SMTP_PASSWORD.</source>
        <translation>--smtp にパスワードを含めないでください。パスワードはシステムのキーチェーン（shuzai-cli smtp password set、パスワードは標準入力から）または SHUZAI_SMTP_PASSWORD に設定してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>shuzai-cli %1 has no option --%2 (see shuzai-cli %1 --help).</source>
        <translation>shuzai-cli %1 にオプション --%2 はありません（shuzai-cli %1 --help を参照してください）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commandline.cpp" line="-7"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値を指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/commandline.cpp" line="-4"/>
        <source>--%1 may be given only once.</source>
        <translation>--%1 は1回だけ指定できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>shuzai-cli %1 needs %2 (%3).</source>
        <translation>shuzai-cli %1 には %2 を指定してください（%3）。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Give only one of %1.</source>
        <translation>%1 のうち1つだけを指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shuzai-cli %1 needs one of %2.</source>
        <translation>shuzai-cli %1 には %2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>shuzai-cli %1 takes no arguments; &quot;%2&quot; is one too many.</source>
        <translation>shuzai-cli %1 は引数を取りません（「%2」は余分です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shuzai-cli %1 takes at most %2 argument(s); &quot;%3&quot; is one too many (see shuzai-cli %1 --help).</source>
        <translation>shuzai-cli %1 の引数は %2 個までです（「%3」は余分です。shuzai-cli %1 --help を参照してください）。</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../app/cli/commandline.cpp" line="-6"/>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <location filename="../app/cli/categorycommands.cpp" line="-8"/>
        <location filename="../app/cli/intervieweecommands.cpp" line="-197"/>
        <location filename="../app/cli/searchcommands.cpp" line="-120"/>
        <source>Unknown category &quot;%1&quot; (use one of: %2).</source>
        <translation>不明な区分「%1」です（次のいずれかを指定してください：%2）。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unknown command.</source>
        <translation>不明なコマンドです。</translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="+37"/>
        <location filename="../app/cli/main.cpp" line="-5"/>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>Unknown language &quot;%1&quot; (use ja or en).</source>
        <translation>不明な言語「%1」です（ja または en を指定してください）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Argument %1 is not valid UTF-8; give every argument in UTF-8.</source>
        <translation>%1 番目の引数は正しい UTF-8 ではありません。引数はすべて UTF-8 で指定してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SHUZAI_NOW needs an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>SHUZAI_NOW には ISO 8601 形式の日時を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/docxunzip.cpp" line="+27"/>
        <source>This is not a Word (.docx) file: it is not a valid zip archive.</source>
        <translation>Word（.docx）ファイルではありません。正しい zip 形式ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Word (.docx) file: it has no word/document.xml.</source>
        <translation>Word（.docx）ファイルではありません。word/document.xml がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Word document could not be read.</source>
        <translation>Word 文書を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document is too large for a transcript: its text unpacks to %1 MB (the limit is %2 MB).</source>
        <translation>文書が書き起こしとしては大きすぎます: 展開するとテキストが %1 MB になります（上限は %2 MB）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/docxreader.cpp" line="+216"/>
        <source>The Word document is damaged (%1 at line %2).</source>
        <translation>Word 文書が破損しています（%2 行目：%1）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/textdecoding.cpp" line="+32"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="+184"/>
        <source>The file is not valid %1 text (first bad byte at line %2).</source>
        <translation>ファイルは正しい %1 のテキストではありません（最初の不正なバイトは %2 行目）。</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>不明な文字コード「%1」です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="-60"/>
        <source>The file holds binary data, not text.</source>
        <translation>このファイルはテキストではなくバイナリデータです。</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The text encoding of the file could not be recognised. Choose the encoding (for example UTF-8, Shift_JIS or EUC-JP) and import again.</source>
        <translation>ファイルの文字コードを判別できませんでした。文字コード（UTF-8、Shift_JIS、EUC-JP など）を指定して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/transcriptfile.cpp" line="-47"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large for a transcript (%1 MB; the limit is %2 MB).</source>
        <translation>書き起こしとしては大きすぎるファイルです（%1 MB。上限は %2 MB）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown transcript format &quot;%1&quot; (use vtt, srt, sbv, txt or docx).</source>
        <translation>不明な書き起こし形式「%1」です（vtt、srt、sbv、txt、docx のいずれかを指定してください）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is a zip archive, not a transcript in text form (a Word file ends in .docx).</source>
        <translation>このファイルは zip アーカイブで、テキスト形式の書き起こしではありません（Word ファイルの拡張子は .docx です）。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No cue could be read. Line %1: a cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected, found &quot;%2&quot;.</source>
        <translation>読み込めるキューがありません。%1行目: 00:00:01.000 --&gt; 00:00:04.000 のようなタイミング行が必要ですが、「%2」でした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No transcript text could be read. Line %1: %2 (&quot;%3&quot;).</source>
        <translation>書き起こしの本文を読み込めませんでした。%1行目: %2（「%3」）。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The file contains no transcript text.</source>
        <translation>ファイルに書き起こしの本文がありません。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/webvttparser.cpp" line="+112"/>
        <location line="+39"/>
        <source>This is not a WebVTT file: it does not start with &quot;WEBVTT&quot;.</source>
        <translation>WebVTT ファイルではありません。先頭が「WEBVTT」で始まっていません。</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+9"/>
        <source>The meeting URL is not a valid web address: %1</source>
        <translation>会議 URL が正しいアドレスではありません：%1</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="-219"/>
        <source>%1 part(s) of the file would be skipped (first at line %2: %3). Check them and confirm the import.</source>
        <translation>ファイルの %1 か所が取り込まれません（最初は %2 行目：%3）。内容を確認してから取り込みを確定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text encoding looks like %1 but is not certain. Check the preview and choose the encoding.</source>
        <translation>文字コードは %1 と推定されますが確実ではありません。プレビューを確認して文字コードを選んでください。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This file was already imported for this interview (transcript %1).</source>
        <translation>このファイルはこの取材にすでに取り込まれています（書き起こし %1）。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>A segment&apos;s text must not be empty.</source>
        <translation>セグメントの本文を空にはできません。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The transcript has no speaker &quot;%1&quot; (speakers: %2).</source>
        <translation>この書き起こしに話者「%1」はいません（話者：%2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/answerrepository.cpp" line="-90"/>
        <location filename="../core/storage/transcriptrepository.cpp" line="+31"/>
        <source>There is no transcript segment %1.</source>
        <translation>書き起こしのセグメント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/storage/interviewrepository.cpp" line="+61"/>
        <location line="+107"/>
        <location line="+13"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-146"/>
        <source>There is no interview %1.</source>
        <translation>取材 %1 はありません。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The interview was changed by someone else in the meantime. Reload and try again.</source>
        <translation>この取材は他の人によって変更されています。読み込み直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <location filename="../core/storage/transcriptrepository.cpp" line="-7"/>
        <source>There is no transcript %1.</source>
        <translation>書き起こし %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="-289"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="+62"/>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>取り込みを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../core/storage/transcriptrepository.cpp" line="+263"/>
        <location filename="../ui/commands/transcriptcommands.cpp" line="-99"/>
        <source>The segment was changed by someone else in the meantime. Reload the transcript and apply your correction again.</source>
        <translation>このセグメントは他の人によって変更されています。書き起こしを読み込み直してから、もう一度修正してください。</translation>
    </message>
    <message>
        <location filename="../core/util/files.cpp" line="+51"/>
        <source>Cannot read the file %1: %2</source>
        <translation>ファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a file name to write to.</source>
        <translation>書き込み先のファイル名を指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 のフォルダーがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/transcriptcommands.cpp" line="-108"/>
        <source>Interview %1 has no transcript yet.</source>
        <translation>取材 %1 にはまだ書き起こしがありません。</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice_sync.cpp" line="-91"/>
        <source>The calendar %1 (of %2) is not on the server.</source>
        <translation>カレンダー %1（%2）がサーバー上にありません。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Interview %1 is not in conflict with the calendar server.</source>
        <translation>取材 %1 はカレンダーサーバーと競合していません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="-34"/>
        <source>Interview %1 has no date yet.</source>
        <translation>取材 %1 の日時はまだ決まっていません。</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice.cpp" line="-291"/>
        <source>%1 is not one of the campaign&apos;s candidate times.</source>
        <translation>%1 はこの企画の候補日時ではありません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+171"/>
        <source>Choose a date and time for the interview.</source>
        <translation>取材の日時を指定してください。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Interview %1 is cancelled.</source>
        <translation>取材 %1 はキャンセルされています。</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_calendarfiles.cpp" line="+97"/>
        <source>An invitation needs the editor&apos;s e-mail address as its organizer: set it in the campaign settings.</source>
        <translation>招待には主催者として編集者のメールアドレスが必要です。企画設定で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="+39"/>
        <source>The campaign &quot;%1&quot; is archived and cannot be changed. Unarchive it first.</source>
        <translation>企画「%1」はアーカイブ済みのため変更できません。先にアーカイブを解除してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A candidate time needs a day and a start before its end.</source>
        <translation>候補日時には日付と、終了より前の開始時刻が必要です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The candidate time overlaps %1 %2-%3.</source>
        <translation>この候補日時は %1 %2-%3 と重なっています。</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The campaign &quot;%1&quot; still has people on its roster (%2); only an empty campaign can be deleted (archive it instead).</source>
        <translation>企画「%1」の取材先一覧にはまだ%2人が登録されています。削除できるのは取材先のいない企画だけです（代わりにアーカイブしてください）。</translation>
    </message>
    <message>
        <location filename="../core/outreach/letter.cpp" line="+290"/>
        <source>The letter template has a problem: %1</source>
        <translation>依頼状のテンプレートに問題があります：%1</translation>
    </message>
    <message>
        <location filename="../core/outreach/mailmessage.cpp" line="+124"/>
        <source>The message has no recipient.</source>
        <translation>メッセージに宛先がありません。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>This line cannot be sent in ISO-2022-JP (a character outside JIS X 0208): %1</source>
        <translation>この行は ISO-2022-JP では送れません（JIS X 0208 にない文字があります）：%1</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="-263"/>
        <source>Letter templates exist in ja and en, not &quot;%1&quot;.</source>
        <translation>依頼状テンプレートは ja と en のみです（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../core/services/letterimportservice.cpp" line="-32"/>
        <source>The letter is larger than %1 MB.</source>
        <translation>依頼状が %1 MB を超えています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The campaign cannot be saved yet: %1</source>
        <translation>企画はまだ保存できません：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/services/outreachservice.cpp" line="+32"/>
        <source>The template was not saved: %1</source>
        <translation>テンプレートを保存しませんでした：%1</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="+66"/>
        <source>The letter still has parts to fill in (%1). Complete them before it is sent.</source>
        <translation>依頼状に未記入の箇所があります（%1）。送信前に記入してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no e-mail address.</source>
        <translation>%1 にはメールアドレスがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the editor&apos;s e-mail address in the campaign settings: letters are sent from it.</source>
        <translation>企画設定で編集者のメールアドレスを入力してください。依頼状はこのアドレスから送信されます。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Preferred times belong to an acceptance.</source>
        <translation>希望日時は承諾の返信にだけ指定できます。</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="-329"/>
        <source>No SMTP server: give --smtp smtp://user@host:port, or save one with &quot;shuzai-cli smtp account set&quot;.</source>
        <translation>SMTP サーバーがありません。--smtp smtp://user@host:port を指定するか、「shuzai-cli smtp account set」で保存してください。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Not sent: the mail server or the account failed for an earlier letter.</source>
        <translation>未送信：先の依頼状でメールサーバーまたはアカウントのエラーが起きました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 letter(s) could not be sent.</source>
        <translation>%2 通中 %1 通の依頼状を送信できませんでした。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is empty; to go back to the built-in template use &quot;outreach template reset&quot;.</source>
        <translation>%1 は空です。標準のテンプレートに戻すには「outreach template reset」を使ってください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No SMTP account is saved.</source>
        <translation>SMTP アカウントは保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="-87"/>
        <source>No mailbox: give --imap imaps://user@host:port, or save one with &quot;shuzai-cli mailbox account set&quot;.</source>
        <translation>メールボックスがありません：--imap imaps://user@host:port を指定するか、「shuzai-cli mailbox account set」で保存してください。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Give the number of a mail message.</source>
        <translation>メールの番号を指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/mailbox/mailboxsession.cpp" line="+78"/>
        <location filename="../app/cli/mailboxcommands.cpp" line="+7"/>
        <location line="+75"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+19"/>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/mailboxcommands.cpp" line="-28"/>
        <source>No mailbox account is saved.</source>
        <translation>メールボックスのアカウントが保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="+6"/>
        <source>The SMTP address needs a user name (smtp://user@host:port).</source>
        <translation>SMTP のアドレスにはユーザー名が必要です（smtp://user@host:port）。</translation>
    </message>
    <message>
        <location filename="../app/cli/caldavcommands.cpp" line="-113"/>
        <source>No calendar server is set up.</source>
        <translation>カレンダーサーバーが設定されていません。</translation>
    </message>
    <message>
        <location line="+185"/>
        <location filename="../app/cli/mailboxcommands.cpp" line="+39"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+8"/>
        <location filename="../app/cli/servercommands.cpp" line="-21"/>
        <source>Give the password on standard input.</source>
        <translation>パスワードを標準入力から渡してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="-240"/>
        <source>Unknown charset &quot;%1&quot; (use utf-8 or iso-2022-jp).</source>
        <translation>不明な文字コード「%1」です（utf-8 または iso-2022-jp を指定してください）。</translation>
    </message>
    <message>
        <location filename="../core/mailbox/imapclient.cpp" line="+74"/>
        <source>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection; what was fetched before is kept.</source>
        <translation>メールサーバー %1 に接続できないか、応答が止まりました。名前とポート、ネットワーク接続を確認してください。それまでに受信した分は残っています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secure connection to the mail server %1 failed: its certificate is not trusted or TLS could not be set up. Nothing was read. Check the server&apos;s name and, for a private certificate authority, the CA file.</source>
        <translation>メールサーバー %1 との安全な接続に失敗しました：証明書が信頼されていないか、TLS を確立できませんでした。何も受信していません。サーバー名と、独自の認証局の場合は CA ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mail server %1 sent a reply Shuzai cannot read; the connection was closed. What was fetched before is kept.</source>
        <translation>メールサーバー %1 から読めない応答が来たため、接続を閉じました。それまでに受信した分は残っています。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The mail server %1 refused the command &quot;%2&quot;.</source>
        <translation>メールサーバー %1 がコマンド「%2」を拒否しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server %1 did not accept the login of %2: check the user name and the password. Nothing was read.</source>
        <translation>メールサーバー %1 が %2 のログインを受け付けませんでした：ユーザー名とパスワードを確認してください。何も受信していません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/outreach/smtpclient.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>%1 から証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The mail server %1 offers no way to log in that Shuzai knows (LOGIN or AUTHENTICATE PLAIN).</source>
        <translation>メールサーバー %1 には Shuzai が使えるログイン方法（LOGIN または AUTHENTICATE PLAIN）がありません。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The mail server %1 did not send message %2 (it may have been deleted meanwhile).</source>
        <translation>メールサーバー %1 からメール %2 が届きませんでした（その間に削除された可能性があります）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>--imap needs imaps://user@host:port (the password goes in the keychain), not &quot;%1&quot;.</source>
        <translation>--imap には「%1」ではなく imaps://user@host:port を指定してください（パスワードはキーチェーンに保存します）。</translation>
    </message>
    <message>
        <location filename="../core/outreach/smtpclient.cpp" line="+18"/>
        <source>The mail server %1 does not offer STARTTLS; nothing was sent.</source>
        <translation>メールサーバー %1 は STARTTLS に対応していません。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The mail server %1 refused the command &quot;%2&quot;; nothing more was sent.</source>
        <translation>メールサーバー %1 がコマンド「%2」を拒否したため、これ以上は送信していません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to the mail server %1 failed, so nothing was sent. Check the security setting (STARTTLS or TLS) and the server&apos;s certificate.</source>
        <translation>メールサーバー %1 との暗号化接続に失敗したため、何も送信していません。セキュリティ設定（STARTTLS または TLS）とサーバーの証明書を確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 could not be reached or stopped answering. Check its name and port and the network connection.</source>
        <translation>メールサーバー %1 に接続できないか、応答が途絶えました。サーバー名とポート、ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--smtp needs smtp://user@host:port, not &quot;%1&quot;.</source>
        <translation>--smtp には smtp://user@host:port の形式で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--tls needs none, starttls or implicit, not &quot;%1&quot;.</source>
        <translation>--tls には none、starttls、implicit のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../core/outreach/keychainstore.cpp" line="+27"/>
        <source>The keychain holds no password for %1.</source>
        <translation>キーチェーンに %1 のパスワードがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access to the password for %1.</source>
        <translation>キーチェーンが %1 のパスワードへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available, so the password for %1 cannot be kept: give it each time (Shuzai never writes it to disk).</source>
        <translation>システムのキーチェーンが使えないため、%1 のパスワードを保存できません。毎回入力してください（Shuzai がパスワードをディスクに書き込むことはありません）。</translation>
    </message>
    <message>
        <location filename="../ui/outreach/outreachpanel.cpp" line="+137"/>
        <source>No proposed reply is selected.</source>
        <translation>返信の提案が選ばれていません。</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>No letter is selected.</source>
        <translation>依頼状が選択されていません。</translation>
    </message>
    <message>
        <location filename="../core/print/pdfrender.cpp" line="+69"/>
        <source>A PDF can only be made with fonts available (no graphical session here).</source>
        <translation>フォントを利用できないため PDF を作成できません（画面環境がありません）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/cli/pdfhelper.cpp" line="+37"/>
        <location line="+9"/>
        <source>The PDF could not be made.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="-242"/>
        <source>Nothing has been sent to %1 for review yet.</source>
        <translation>%1 さんにはまだ確認用の資料を送っていません。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>There is nothing to send %1 for review: pick quotes or link answers first.</source>
        <translation>%1 さんに確認いただく箇所がありません。先に引用候補を選ぶか回答を紐づけてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round %1 for %2 still awaits a response.</source>
        <translation>%2 さんの第%1回の確認はまだ回答待ちです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+74"/>
        <location line="+112"/>
        <source>The review of %1 is closed (%2).</source>
        <translation>%1 さんの確認は終了しています（%2）。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Round %1 has items 1 to %2, not %3.</source>
        <translation>第%1回の項目は1〜%2です（%3はありません）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the corrected text of item %1; it is empty or unchanged.</source>
        <translation>項目%1の修正後の文を入力してください（空か、元の文と同じです）。</translation>
    </message>
    <message>
        <location filename="../core/storage/reviewrepository.cpp" line="+56"/>
        <source>No review round %1.</source>
        <translation>確認の回 %1 はありません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Review round %1 was changed by someone else meanwhile; reload and try again.</source>
        <translation>第%1回の確認は他の人が先に変更しました。読み込み直してからやり直してください。</translation>
    </message>
    <message>
        <location filename="../core/storage/enginecopy.cpp" line="+99"/>
        <source>%1 and %2 have different schema versions; open both with this Shuzai first.</source>
        <translation>%1 と %2 のスキーマのバージョンが異なります。先にこの Shuzai で両方を開いてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already holds data (%2); copy into an empty database.</source>
        <translation>%1 にはすでにデータがあります（%2）。空のデータベースに複製してください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The copy of table %1 differs from the original (%2 rows, %3 copied); nothing was kept.</source>
        <translation>表 %1 の複製が元と一致しません（元 %2 行、複製 %3 行）。何も保存していません。</translation>
    </message>
    <message>
        <location filename="../ui/roster/rosterscreen.cpp" line="+451"/>
        <source>The newer version is shown; make your change again if it is still needed.</source>
        <translation>新しい内容を表示しました。必要であれば、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+492"/>
        <source>Enter the password for %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="-132"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+153"/>
        <source>Backups are made of SQLite files; a team server is backed up with its own tools (pg_dump).</source>
        <translation>バックアップは SQLite ファイルについて作成します。チームサーバーのバックアップはサーバーのツール（pg_dump）で行ってください。</translation>
    </message>
    <message>
        <location filename="../core/util/files.cpp" line="-5"/>
        <source>%1 is not a regular file (a folder, device or pipe). Choose a file name to write to.</source>
        <translation>%1 は通常のファイルではありません（フォルダー、デバイス、パイプのいずれか）。書き込み先のファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+57"/>
        <source>A backup cannot replace the database itself (%1).</source>
        <translation>バックアップでデータベースそのもの（%1）を置き換えることはできません。</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+54"/>
        <source>There is no backup at %1.</source>
        <translation>%1 にバックアップがありません。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The backup %1 could not be read (%2); nothing was restored.</source>
        <translation>バックアップ %1 を読み取れませんでした（%2）。何も復元していません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>The backup %1 did not pass its check (%2); nothing was restored.</source>
        <translation>バックアップ %1 は検査に合格しませんでした（%2）。何も復元していません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not move the damaged %1 aside; nothing was restored.</source>
        <translation>破損した %1 を別の場所に移せませんでした。何も復元していません。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="-161"/>
        <location filename="../core/util/files.cpp" line="-35"/>
        <source>The disk is full: %1 could not be written. Nothing was changed there; free some space and try again.</source>
        <translation>ディスクがいっぱいのため、%1 に書き込めませんでした。そこには何も変更を加えていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+228"/>
        <source>%1 is damaged or not a Shuzai database.</source>
        <translation>%1 は破損しているか、Shuzai のデータベースではありません。</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Could not %1 %2: %3</source>
        <translation>%2 の%1に失敗しました：%3</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/util/files.cpp" line="+7"/>
        <source>Could not write %1: %2. Nothing was changed there.</source>
        <translation>%1 に書き込めませんでした：%2。そこには何も変更を加えていません。</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="-150"/>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+73"/>
        <source>Cannot create the folder for %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitemaintenance.cpp" line="+19"/>
        <source>The backup %1 did not pass its check (%2), so it was not kept. Check the database itself with shuzai-cli check.</source>
        <translation>バックアップ %1 は検査に合格しなかったため（%2）、保存していません。データベースそのものを shuzai-cli check で検査してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups are made of SQLite files; a team server is restored with its own tools (pg_restore).</source>
        <translation>バックアップは SQLite ファイルについて作成します。チームサーバーの復元はサーバーのツール（pg_restore）で行ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/shell/databaseopener.cpp" line="-45"/>
        <source>Nothing was opened.</source>
        <translation>何も開いていません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 is empty (0 bytes).</source>
        <translation>データベース %1 は空（0 バイト）です。</translation>
    </message>
    <message>
        <location filename="../app/cli/maintenancecommands.cpp" line="-42"/>
        <source>The database %1 is damaged (%2 problem(s) found). Restore a backup: shuzai-cli restore FILE.</source>
        <translation>データベース %1 は破損しています（問題 %2 件）。バックアップから復元してください：shuzai-cli restore FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/verbtable.cpp" line="-540"/>
        <source>shuzai-cli %1 needs INTERVIEW or --transcript ID.</source>
        <translation>shuzai-cli %1 には INTERVIEW または --transcript ID を指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to (%1) must be greater than --from (%2).</source>
        <translation>--to（%1）には --from（%2）より大きい値を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>shuzai-cli server setup needs --db postgresql://ADMIN@host:port/database.</source>
        <translation>shuzai-cli server setup には --db postgresql://ADMIN@host:port/database を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/calendar/icalreader.cpp" line="+127"/>
        <source>The file has repeating events or time zones that take more than %1 seconds to work out. Nothing was imported.</source>
        <translation>繰り返し予定またはタイムゾーンの計算に %1 秒以上かかるファイルです。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has repeating events with more than %1 occurrences in all. Nothing was imported.</source>
        <translation>繰り返し予定の回数が合計 %1 回を超えています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 busy times (repeating events counted once per occurrence). Nothing was imported.</source>
        <translation>予定が %1 件を超えています（繰り返し予定は各回を1件と数えます）。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+85"/>
        <location filename="../core/calendar/icalrules.cpp" line="+265"/>
        <source>The file has more than %1 events. Nothing was imported.</source>
        <translation>予定が %1 件を超えています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>libical cannot read when this event is (%1). Nothing was imported.</source>
        <translation>この予定の日時を libical が読み取れません（%1）。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/calendar/icsscan.cpp" line="+276"/>
        <source>This event has no start time (DTSTART).</source>
        <translation>この予定には開始日時（DTSTART）がありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The start or end of this event is not a time that can be worked out.</source>
        <translation>この予定の開始または終了の日時を求められません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event ends (%1) before it starts (%2).</source>
        <translation>この予定は開始（%2）より前に終了（%1）しています。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The file is too large for a calendar import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>予定の取り込みには大きすぎるファイルです（%1 MB。上限は %2 MB）。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>iCalendar ファイルではありません: BEGIN:VCALENDAR で始まっていません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>libical could not read this as an iCalendar file. Nothing was imported.</source>
        <translation>libical がこのファイルを iCalendar として読み取れませんでした。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no calendar.</source>
        <translation>ファイルにカレンダーが含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/calendar/icalrules.cpp" line="-46"/>
        <source>The file defines the time zone %1 by a rule that is not a yearly change (%2). Nothing was imported.</source>
        <translation>ファイルはタイムゾーン %1 を毎年の切り替えではない規則（%2）で定義しています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file defines the time zone %1 with more than %2 changes of offset. Nothing was imported.</source>
        <translation>ファイルはタイムゾーン %1 を %2 回を超える時差の切り替えで定義しています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file has more than %1 lines. Nothing was imported.</source>
        <translation>ファイルの行数が %1 行を超えています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The line is longer than %1 KB (continuation lines included). Nothing was imported.</source>
        <translation>行が %1 KB を超えています（継続行を含む）。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/calendar/icsscan.cpp" line="-257"/>
        <source>%1, line %2</source>
        <extracomment>Where in a file an error is: &quot;busy.ics, line 12&quot;</extracomment>
        <translation>%1、%2行目</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1 &quot;%2&quot; is not a date or time.</source>
        <translation>%1「%2」は日付や時刻ではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; is not a period of time (a start and an end or a length).</source>
        <translation>%1「%2」は期間（開始と終了、または長さ）ではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 UNTIL &quot;%2&quot; is not a date or time.</source>
        <translation>%1 の UNTIL「%2」は日付や時刻ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not a repetition rule.</source>
        <translation>%1「%2」は繰り返しの規則ではありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 &quot;%2&quot; is not a length of time (such as PT1H).</source>
        <translation>%1「%2」は時間の長さ（PT1H など）ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is longer than a calendar can hold (68 years).</source>
        <translation>%1「%2」はカレンダーで扱える長さ（68年）を超えています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not a UTC offset (such as +0900).</source>
        <translation>%1「%2」は UTC からの時差（+0900 など）ではありません。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is in the time zone &quot;%2&quot;, which the file does not define and which is not a known zone name.</source>
        <translation>%1 のタイムゾーン「%2」はファイル内で定義されておらず、既知のタイムゾーン名でもありません。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/linesplitter.cpp" line="+13"/>
        <source>This cannot be a transcript: line %1 is longer than %2 characters.</source>
        <translation>書き起こしとして扱えません: %1行目が %2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This cannot be a transcript: it has more than %1 lines.</source>
        <translation>書き起こしとして扱えません: 行数が %1 行を超えています。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="+197"/>
        <source>This is not an SRT subtitle file: no cue has a valid timing line like 00:00:01,000 --&gt; 00:00:04,000 (first problem at line %1).</source>
        <translation>SRT 字幕ファイルではありません: 00:00:01,000 --&gt; 00:00:04,000 のような正しいタイミング行を持つキューがありません（最初の問題は %1行目）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a YouTube .sbv caption file: no cue has a valid timing line like 0:00:01.000,0:00:04.000 (first problem at line %1).</source>
        <translation>YouTube の .sbv 字幕ファイルではありません: 0:00:01.000,0:00:04.000 のような正しいタイミング行を持つキューがありません（最初の問題は %1行目）。</translation>
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
        <translation>詳細: %1</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letterimport.cpp" line="+273"/>
        <source>The letter has no text.</source>
        <translation>依頼状に本文がありません。</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_categories.cpp" line="+37"/>
        <source>A category needs a name of at most %1 characters.</source>
        <translation>区分名を%1文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An honorific (貴社, 貴研究室, 様, 先生, ...) must not be empty or longer than %1 characters.</source>
        <translation>敬称（貴社、貴研究室、様、先生など）は1〜%1文字で入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A category code is lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (such as &quot;researcher&quot;): &quot;%1&quot;.</source>
        <translation>区分のコードは半角小文字・数字・「-」「_」で指定してください（例：researcher）：「%1」。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no category %1.</source>
        <translation>区分 %1 はありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="+131"/>
        <source>Someone else changed this in the meantime. Reload it and apply your change again.</source>
        <translation>その間に別のユーザーがこの内容を変更しました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+82"/>
        <source>The campaign already has a category named &quot;%1&quot;.</source>
        <translation>この企画にはすでに「%1」という区分があります。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The campaign already has a category with the code &quot;%1&quot;.</source>
        <translation>この企画にはすでにコード「%1」の区分があります。</translation>
    </message>
    <message>
        <location line="+102"/>
        <location filename="../core/services/campaignservice_questions.cpp" line="-113"/>
        <source>There is no position %1 (1 to %2).</source>
        <translation>位置 %1 はありません（1〜%2）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The category &quot;%2&quot; still has people in it (%1); move them to another category or remove them first.</source>
        <translation>区分「%2」にはまだ取材先が%1人います。先に別の区分に移すか、削除してください。</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice_questions.cpp" line="-10"/>
        <source>A question must not be empty or longer than %1 characters.</source>
        <translation>質問は1〜%1文字で入力してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/storage/campaignrepository_categories.cpp" line="+178"/>
        <source>There is no template question %1.</source>
        <translation>テンプレートの質問 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="-76"/>
        <location filename="../app/cli/replyproposalcommands.cpp" line="-36"/>
        <source>--slots: &quot;%1&quot; is not a date and time like 2025-05-28T15:00.</source>
        <translation>--slots：「%1」は 2025-05-28T15:00 のような日時ではありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+124"/>
        <source>%1&apos;s reply chose no candidate time that is still free: give one with --at.</source>
        <translation>%1 様が返信で選んだ候補日時に空きがありません。--at で日時を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice_removal.cpp" line="+47"/>
        <source>Interview %1 holds the transcript &quot;%2&quot; and cannot be deleted. Cancel it instead to keep the record.</source>
        <translation>取材 %1 には書き起こし「%2」があるため削除できません。記録を残すには、削除ではなく取り消してください。</translation>
    </message>
    <message>
        <location filename="../core/readings/mecabreadings.cpp" line="+92"/>
        <source>No reading can be suggested: the MeCab dictionary is missing (install mecab-ipadic-utf8).</source>
        <translation>読みを推測できません：MeCab の辞書がありません（mecab-ipadic-utf8 をインストールしてください）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reading can be suggested: the MeCab dictionary could not be loaded (it must be UTF-8: mecab-ipadic-utf8).</source>
        <translation>読みを推測できません：MeCab の辞書を読み込めませんでした（UTF-8 の mecab-ipadic-utf8 が必要です）。</translation>
    </message>
    <message>
        <location filename="../app/cli/pdfhelper.cpp" line="-16"/>
        <source>The PDF could not be made: the program shuzai-pdf is missing next to shuzai-cli.</source>
        <translation>PDF を作成できませんでした：shuzai-cli と同じ場所に shuzai-pdf プログラムがありません。</translation>
    </message>
    <message>
        <location filename="../core/caldav/caldavclient.cpp" line="+34"/>
        <source>%1 is not the address of a calendar: give https://host/path/.</source>
        <translation>%1 はカレンダーのアドレスではありません：https://host/path/ を指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar server must be reached over https (plain http only on this computer): %1.</source>
        <translation>カレンダーサーバーには https で接続する必要があります（http はこのコンピューター上のみ）：%1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not on the calendar server %2: Shuzai sends the account&apos;s password there only.</source>
        <translation>%1 はカレンダーサーバー %2 上にありません：Shuzai はアカウントのパスワードをそのサーバーにしか送りません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 には PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar server %1 is not trusted: its certificate could not be verified. If your team uses its own certificate authority, give its certificate with --ca-file.</source>
        <translation>カレンダーサーバー %1 は信頼されていません：証明書を検証できませんでした。チーム独自の認証局を使っている場合は、その証明書を --ca-file で指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar server %1 did not answer within %2 seconds.</source>
        <translation>カレンダーサーバー %1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar server %1 refused the login of &quot;%2&quot;: check the user name and the password.</source>
        <translation>カレンダーサーバー %1 が「%2」のログインを拒否しました：ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar server %1 could not be reached.</source>
        <translation>カレンダーサーバー %1 に接続できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar server does not let &quot;%1&quot; change %2.</source>
        <translation>カレンダーサーバーは「%1」に %2 の変更を許可していません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar server answered %1 to %2 %3.</source>
        <translation>カレンダーサーバーが %2 %3 に %1 を返しました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a calendar.</source>
        <translation>%1 はカレンダーではありません。</translation>
    </message>
    <message>
        <location filename="../core/caldav/caldavxml.cpp" line="+135"/>
        <source>The CalDAV server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>CalDAV サーバーの応答が WebDAV の multistatus ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CalDAV server&apos;s answer could not be read.</source>
        <translation>CalDAV サーバーの応答を読めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/mailbox/imapresponse.cpp" line="+12"/>
        <source>The mail server sent a response that is not valid IMAP (%1).</source>
        <translation>メールサーバーから IMAP として正しくない応答が来ました（%1）。</translation>
    </message>
    <message>
        <location filename="../core/mailbox/gmimeparser.cpp" line="+125"/>
        <source>The mail message could not be read: it has no header.</source>
        <translation>メールを読めませんでした：ヘッダーがありません。</translation>
    </message>
    <message>
        <location filename="../core/services/caldavservice.cpp" line="-16"/>
        <source>No calendar server is set up: give one with &quot;shuzai-cli caldav account set --url URL --user LOGIN&quot;.</source>
        <translation>カレンダーサーバーが設定されていません：「shuzai-cli caldav account set --url URL --user LOGIN」で設定してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The calendar account needs a user name.</source>
        <translation>カレンダーのアカウントにはユーザー名が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation>%1 を読めません。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The calendar %1 is already read (for %2).</source>
        <translation>カレンダー %1 はすでに読み込み対象です（%2）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No calendar %1 is read.</source>
        <translation>カレンダー %1 は読み込み対象ではありません。</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice.cpp" line="+60"/>
        <source>There is no mail message %1.</source>
        <translation>メール %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/storage/caldavrepository.cpp" line="+158"/>
        <source>There is no calendar %1.</source>
        <translation>カレンダー %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/services/mailboxservice_proposals.cpp" line="+154"/>
        <source>Mail message %1 proposes no reply: it is not from a person answering a request letter.</source>
        <translation>メール %1 からは返信を提案できません。依頼状に答えた取材先からのメールではありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The reply proposed from mail message %1 was accepted already; its reply is recorded.</source>
        <translation>メール %1 から提案された返信は承認済みで、返信は記録されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply proposed from mail message %1 was dismissed already.</source>
        <translation>メール %1 から提案された返信はすでに却下されています。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Shuzai could not tell what mail message %1 answers: choose whether it accepts, declines or asks a question.</source>
        <translation>メール %1 が何と答えているか判断できませんでした。承諾・辞退・質問のどれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../core/services/reviewmailservice.cpp" line="-134"/>
        <source>No review round of %1 awaits an answer.</source>
        <translation>%1さんの回答待ちの確認はありません。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>&quot;%1&quot; is not a proposal: give MAIL:ITEM, as review mail-corrections lists them.</source>
        <translation>「%1」は提案ではありません。review mail-corrections が示す「メール:箇所」の形で指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mail %1 is not an answer to a review.</source>
        <translation>メール %1 は掲載前確認への回答ではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mail %1 proposes no correction to item %2.</source>
        <translation>メール %1 には箇所 %2 への修正がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The correction to item %1 from mail %2 is recorded already.</source>
        <translation>メール %2 の箇所 %1 への修正は記録済みです。</translation>
    </message>
    <message>
        <location filename="../core/util/modules.cpp" line="+59"/>
        <source>Shuzai&apos;s module %1 could not be loaded (looked in %2). Reinstall Shuzai.</source>
        <translation>Shuzai のモジュール %1 を読み込めませんでした（探した場所: %2）。Shuzai を入れ直してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shuzai&apos;s module %1 lacks %2. Reinstall Shuzai.</source>
        <translation>Shuzai のモジュール %1 に %2 がありません。Shuzai を入れ直してください。</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../core/outreach/letter.cpp" line="-116"/>
        <source>Line %1: unknown placeholder %2</source>
        <translation>%1 行目：不明な差し込み項目 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: malformed placeholder in &quot;%2&quot;</source>
        <translation>%1 行目：差し込み項目の書き方が正しくありません（「%2」）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1: still to fill in: %2</source>
        <translation>%1 行目：未記入の箇所があります：%2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Line %1: no candidate time is left to offer (%2): add candidate times to the campaign</source>
        <translation>%1 行目：提示できる候補日時が残っていません（%2）。企画に候補日時を追加してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: %2 is empty: fill it in the campaign settings</source>
        <translation>%1 行目：%2 が空です。企画設定で入力してください</translation>
    </message>
</context>
<context>
    <name>LetterImport</name>
    <message>
        <location filename="../core/campaignletter/letterdates.cpp" line="+93"/>
        <source>The letter does not say when the article is published.</source>
        <translation>依頼状に記事の掲載日が書かれていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The letter does not say when the interviews take place.</source>
        <translation>依頼状に取材の実施期間が書かれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/campaignletter/letteredits.cpp" line="+91"/>
        <source>The interviews must end before the publication date.</source>
        <translation>取材期間は掲載日より前に終わるようにしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter offers no candidate times (【候補日時】).</source>
        <translation>依頼状に候補日時（【候補日時】）がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no year; %1 is assumed.</source>
        <translation>依頼状に年の記載がないため、%1年とみなします。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The letter does not say how long an interview takes; 60 minutes are assumed.</source>
        <translation>依頼状に取材の所要時間が書かれていないため、60分とみなします。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The letter does not say whether interviews are online or in person; online is assumed.</source>
        <translation>依頼状に取材方法（オンラインか対面か）が書かれていないため、オンラインとみなします。</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letteredits.cpp" line="-77"/>
        <source>Line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The campaign needs a title.</source>
        <translation>企画のタイトルが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign needs a publication date.</source>
        <translation>企画の掲載日が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interviews need a first and a last day.</source>
        <translation>取材期間の開始日と終了日が必要です。</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/letterimport.cpp" line="-202"/>
        <source>The letter does not name the feature (「…」と題した, titled &quot;…&quot;).</source>
        <translation>依頼状に特集のタイトル（「…」と題した、titled &quot;…&quot;）が書かれていません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The letter does not name the publication.</source>
        <translation>依頼状に掲載媒体名が書かれていません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The letter gives no e-mail address to reply to.</source>
        <translation>依頼状に返信先のメールアドレスが書かれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no phone number.</source>
        <translation>依頼状に電話番号が書かれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number is still to fill in: %1</source>
        <translation>電話番号が未記入です：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter gives no web address.</source>
        <translation>依頼状にウェブサイトのアドレスが書かれていません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The letter does not give the editor&apos;s name.</source>
        <translation>依頼状に編集者の氏名が書かれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The editor&apos;s name is still to fill in: %1</source>
        <translation>編集者の氏名が未記入です：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Still to fill in: %1</source>
        <translation>未記入の箇所：%1</translation>
    </message>
    <message>
        <location filename="../core/campaignletter/lettersections.cpp" line="+88"/>
        <source>The questions have no category heading; they are kept as the category %1.</source>
        <translation>質問に区分の見出しがないため、区分「%1」の質問として取り込みます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No questions for the category %1.</source>
        <translation>区分「%1」に質問がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter has no questions under a category heading (### 研究者向け質問, Questions for researchers).</source>
        <translation>依頼状に、区分の見出し（### 研究者向け質問、Questions for researchers）の下に置かれた質問がありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The letter does not say how interviewees are named in the article.</source>
        <translation>依頼状に、記事での取材先の表記方法（掲載形式）が書かれていません。</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../core/outreach/outreachrecord.cpp" line="+11"/>
        <source>Letter sent</source>
        <translation>依頼状を送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter saved as a file</source>
        <translation>依頼状をファイルに保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter not delivered</source>
        <translation>依頼状の送信失敗</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked a question</source>
        <translation>質問あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply yet (noted)</source>
        <translation>返信なし（記録）</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/common/backgroundtask.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../core/replies/replyreader.cpp" line="+36"/>
        <source>Accepts</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declines</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks a question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unclear</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="-34"/>
        <location filename="../core/transcripts/webvttparser.cpp" line="+103"/>
        <source>Text without a cue timing line</source>
        <translation>時刻行のないテキスト</translation>
    </message>
    <message>
        <location filename="../core/transcripts/segmentbuilder.cpp" line="+84"/>
        <source>Cue without text</source>
        <translation>本文のないキュー</translation>
    </message>
    <message>
        <location filename="../core/transcripts/webvttparser.cpp" line="-77"/>
        <source>File header (metadata)</source>
        <translation>ファイルのヘッダー（メタデータ）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Style or region definition</source>
        <translation>スタイルまたは表示領域の定義</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment (NOTE)</source>
        <translation>コメント（NOTE）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A cue timing like 00:00:01.000 --&gt; 00:00:04.000 was expected</source>
        <translation>00:00:01.000 --&gt; 00:00:04.000 のようなタイミング行が必要です</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>Shuzai (取材): a workbench for interview articles</source>
        <translation>Shuzai（取材）：インタビュー記事のための取材ワークベンチ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database file.</source>
        <translation>このデータベースファイルを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface (ja or en).</source>
        <translation>画面の言語（ja または en）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start on this screen (roster, transcripts, search, matrix).</source>
        <translation>最初に表示する画面（roster、transcripts、search、matrix）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with this search.</source>
        <translation>この語で検索した状態で起動します。</translation>
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
        <translation>（テンプレートから削除）%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no answer yet)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not asked)</source>
        <translation>（質問なし）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AtRiskModel</name>
    <message>
        <location filename="../ui/dashboard/atriskmodel.cpp" line="+52"/>
        <source>Interviewee</source>
        <translation>取材先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention because</source>
        <translation>対応が必要な理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from</source>
        <translation>起点</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/audit/auditlogmodel.cpp" line="+159"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AuditScreen</name>
    <message numerus="yes">
        <location filename="../ui/audit/auditscreen.cpp" line="+69"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n件の変更</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change matches the filter.</source>
        <translation>条件に合う変更はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been recorded yet. Every letter, booking, edit and review step will be listed here.</source>
        <translation>まだ記録はありません。依頼状の送付、取材の予約、編集、掲載前確認の各段階がここに記録されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>依頼状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>返信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>取材日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts</source>
        <translation>書き起こし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>掲載前確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>企画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template questions</source>
        <translation>テンプレートの質問</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+8"/>
        <source>Export the audit log</source>
        <translation>変更履歴の書き出し</translation>
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
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A checked copy of the database in its backups folder</source>
        <translation>データベースの検査済みのコピーを backups フォルダーに作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k database</source>
        <translation>データベースを検査(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Shuzai backups (*.db);;All files (*)</source>
        <translation>Shuzai のバックアップ (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace everything in %1 with the backup %2?

What the database holds now is kept as a backup of its own first, so this can be undone the same way.</source>
        <translation>%1 の内容をすべてバックアップ %2 の内容に置き換えますか？

現在の内容は先にバックアップとして保存するので、同じ方法で元に戻せます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored from %1.

What the database held before is kept in %2.</source>
        <translation>%1 から復元しました。

復元前の内容は %2 に保存してあります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+15"/>
        <source>Check database</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 is sound: every page, reference and search index was checked (%2 transcript segments).</source>
        <translation>%1 に問題はありません。すべてのページ、参照、検索索引を検査しました（書き起こしのセグメント %2 件）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged:
%2</source>
        <translation>%1 は破損しています：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest backup is %1 (taken %2). Restore it with File ▸ Restore from backup….</source>
        <translation>最新のバックアップは %1（%2 に作成）です。［ファイル］▸［バックアップから復元…］で復元してください。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CaldavDialog</name>
    <message>
        <location filename="../ui/calendar/caldavdialog.cpp" line="+47"/>
        <source>&amp;Save account</source>
        <translation>アカウントを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the server&apos;s copy</source>
        <translation>サーバーの内容を残す(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put the booking over it</source>
        <translation>予約で上書きする(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team calendars (CalDAV)</source>
        <translation>チームのカレンダー（CalDAV）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the keychain when empty</source>
        <translation>空欄ならキーチェーンから</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with its own certificate authority</source>
        <translation>独自の認証局を使うサーバーのときだけ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writer</source>
        <translation>記者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writer&apos;s login</source>
        <translation>記者のログイン名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their calendar&apos;s address on the same server</source>
        <translation>同じサーバー上のカレンダーのアドレス</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Booking calendar</source>
        <translation>予約カレンダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>ログイン(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>CA ファイル(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writers&apos; calendars (busy times)</source>
        <translation>記者のカレンダー（予定のある時間）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Published bookings</source>
        <translation>公開した予約</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The account is saved; the password is kept only until Shuzai closes: %1</source>
        <translation>アカウントを保存しました。パスワードは Shuzai を閉じるまでしか保持しません：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is saved.</source>
        <translation>アカウントを保存しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The booking will be put over the server&apos;s copy at the next sync.</source>
        <translation>次の同期で、サーバーの内容を予約で上書きします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s copy is kept.</source>
        <translation>サーバーの内容を残しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n booking(s) published</source>
        <translation>
            <numerusform>予約 %n 件を公開</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>取り消し %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>削除 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n busy time(s) read from %1</source>
        <translation>
            <numerusform>%1から予定のある時間 %n 件を読み込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>カレンダー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced: %1.</source>
        <translation>同期しました：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) were changed on the server by someone else and were left as they are: choose below which copy stays.</source>
        <translation>
            <numerusform>%n 件の予定がサーバー上で他の人に変更されていたため、そのままにしました：どちらを残すか下で選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s) of the writers&apos; calendars could not be read and were left out.</source>
        <translation>
            <numerusform>記者のカレンダーの予定 %n 件を読めなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No booking calendar yet: enter its address and your login above.</source>
        <translation>予約カレンダーがまだありません：上にアドレスとログインを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last synced %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the server, %2 waiting for the next sync, %3; %4.</source>
        <translation>サーバー上に%1、次の同期待ち%2、%3。%4。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>予約 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an interview</source>
        <translation>ある取材</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: changed on the server (seen %3)</source>
        <translation>%1さん・%2：サーバー上で変更されています（%3 に検出）</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CalendarLegend</name>
    <message>
        <location filename="../ui/calendar/calendarlegend.cpp" line="+123"/>
        <source>Interview online</source>
        <translation>オンライン取材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview in person</source>
        <translation>対面取材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, not yet confirmed</source>
        <translation>仮予約（未確定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate time</source>
        <translation>候補日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in a writer&apos;s calendar (CalDAV, kept up to date by sync)</source>
        <translation>記者のカレンダーの予定（CalDAV、同期で最新に保たれます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy, imported from an .ics file</source>
        <translation>予定あり（.ics ファイルから取り込み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: overlap, outside the candidate times or busy</source>
        <translation>問題：重複・候補日時外・予定あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday or holiday (named under the date)</source>
        <translation>日曜・祝日（日付の下に祝日名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>土曜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (red line: now)</source>
        <translation>今日（赤線：現在時刻）</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CalendarScreen</name>
    <message>
        <location filename="../ui/calendar/calendarscreen.cpp" line="+190"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s calendar (%2)</source>
        <translation>%1さんのカレンダー（%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 and %2 overlap for the same writer.</source>
        <translation>%1と%2は同じライターで重なっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 overlap for the same interviewee.</source>
        <translation>%1と%2は同じ取材先で重なっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lies outside the candidate times.</source>
        <translation>%1は候補日時の外です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 clashes with &quot;%2&quot; in an imported calendar.</source>
        <translation>%1は取り込んだ予定「%2」と重なっています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No conflicts.</source>
        <translation>問題はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>問題（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Times in %1</source>
        <translation>時刻は%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ Previous week</source>
        <translation>◀ 前の週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◀ Previous month</source>
        <translation>◀ 前の月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ▶</source>
        <translation>次の週 ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next month ▶</source>
        <translation>次の月 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview window</source>
        <translation>取材期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="+42"/>
        <source>Book interview…</source>
        <translation>取材を予約…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate times…</source>
        <translation>候補日時…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export calendar (.ics)…</source>
        <translation>カレンダーを書き出す（.ics）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import busy times (.ics)…</source>
        <translation>予定を取り込む（.ics）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team calendars (CalDAV)…</source>
        <translation>チームのカレンダー（CalDAV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files</source>
        <translation>カレンダーファイル</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Books an interview with %1. Double-click or drag over empty time to choose the time.</source>
        <translation>%1さんの取材を予約します。空き時間をダブルクリックまたはドラッグして時間を選べます。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1 – %2</source>
        <translation>%1 〜 %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarbooking.cpp" line="+77"/>
        <location filename="../ui/calendar/calendarscreen.cpp" line="-60"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has already passed. Put the interview there all the same?</source>
        <translation>%1はすでに過ぎています。それでもこの日時に取材を入れますか？</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <location line="+16"/>
        <source>Book interview</source>
        <translation>取材の予約</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Add the interviewee to the roster first.</source>
        <translation>先に取材先一覧に取材先を追加してください。</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="+49"/>
        <source>Cancel interview</source>
        <translation>取材の取り消し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the interview with %1 on %2? Edit ▸ Undo brings it back.</source>
        <translation>%2の%1さんの取材を取り消しますか？「編集 ▸ 元に戻す」で戻せます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>Interview</source>
        <translation>取材</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Save invitation</source>
        <translation>招待の保存</translation>
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
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>Import busy times</source>
        <translation>予定の取り込み</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%1: %n busy time(s) imported from %2 of %3 entries.</source>
        <translation>
            <numerusform>%1：%3 件中 %2 件から予定を %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read over the campaign&apos;s interview days, %1 to %2 (%3).</source>
        <translation>企画の取材期間 %1〜%2（%3）について読み込みました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from a week before today to a year ahead, %1 to %2 (%3).</source>
        <translation>今日の1週間前から1年先まで、%1〜%2（%3）について読み込みました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1 outside those days, %2 cancelled, %3 marked free.</source>
        <translation>除外: 期間外 %1 件、キャンセル済み %2 件、空き時間 %3 件。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repeating event(s) repeat so often that they were worked out only part of the way through those days.</source>
        <translation>
            <numerusform>繰り返しが多すぎる予定が%n件あり、その期間の途中までしか展開していません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+7"/>
        <source>Move interview</source>
        <translation>取材日時の変更</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarscreenactions.cpp" line="-47"/>
        <location line="+24"/>
        <location line="+9"/>
        <source>Delete interview</source>
        <translation>取材を削除</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the interview “%1” (%2)? Only an interview without a transcript can be deleted; Edit ▸ Undo brings it back.</source>
        <translation>取材「%1」（%2）を削除しますか？削除できるのは書き起こしのない取材だけです。「編集 ▸ 元に戻す」で戻せます。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Book interview at %1…</source>
        <translation>%1に取材を予約…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;invitation (.ics)…</source>
        <translation>招待を保存（.ics）(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel interview…</source>
        <translation>取材を取り消す(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete interview</source>
        <translation>取材を削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignListModel</name>
    <message>
        <location filename="../ui/campaign/campaignlistmodel.cpp" line="+79"/>
        <source>Archived %1</source>
        <translation>アーカイブ済み（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign</source>
        <translation>企画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication</source>
        <translation>掲載日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignManagerDialog</name>
    <message>
        <location filename="../ui/campaign/campaignmanagerdialog.cpp" line="+31"/>
        <source>Show archived campaigns</source>
        <translation>アーカイブ済みの企画を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate…</source>
        <translation>複製(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Campaigns</source>
        <translation>企画一覧</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Un&amp;archive</source>
        <translation>アーカイブ解除(&amp;A)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date:</source>
        <translation>掲載日：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New campaign</source>
        <translation>新しい企画</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate campaign</source>
        <translation>企画の複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete campaign</source>
        <translation>企画の削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the campaign &quot;%1&quot;? Only a campaign with nobody on its roster can be deleted; Edit ▸ Undo brings it back.</source>
        <translation>企画「%1」を削除しますか？削除できるのは取材先一覧にだれもいない企画だけです。［編集］▸［元に戻す］で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignSettingsDialog</name>
    <message>
        <location filename="../ui/campaign/campaignsettingsdialog.cpp" line="+35"/>
        <source>Campaign settings</source>
        <translation>企画設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> working days before publication</source>
        <translation> 営業日前（公開日から）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A pair of brackets such as 【】 wraps each heading of the letter&apos;s text; any other mark, such as ■, is put before it.</source>
        <translation>依頼状の本文の各見出しに付ける記号です。【】のような括弧の組は見出しを囲み、■などそれ以外の記号は見出しの前に付きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put before each list item of the letter&apos;s text, such as ・ or -.</source>
        <translation>依頼状の本文で、箇条書きの各項目の前に付ける記号です（・や - など）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offered, marked as tentatively held</source>
        <translation>仮押さえ中と明記して提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of letters</source>
        <translation>依頼状に載せない</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <extracomment>Between the first and the last day of the interview window (Japanese: 〜).</extracomment>
        <translation>〜</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publication:</source>
        <translation>掲載媒体(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication &amp;date:</source>
        <translation>掲載日(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interview window:</source>
        <translation>取材期間(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;length:</source>
        <translation>取材時間(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buffer between interviews:</source>
        <translation>取材間の間隔(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modes:</source>
        <translation>取材方法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;name:</source>
        <translation>編集者の氏名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;e-mail:</source>
        <translation>編集者のメールアドレス(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s &amp;phone:</source>
        <translation>編集者の電話番号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>ウェブサイト(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;heading mark:</source>
        <translation>依頼状の見出し記号(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter list &amp;mark:</source>
        <translation>依頼状の箇条書き記号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentati&amp;vely held times:</source>
        <translation>仮押さえ中の候補日時(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up after:</source>
        <translation>催促までの日数(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review due:</source>
        <translation>確認の回答期限(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate slots:</source>
        <translation>候補日時：</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CategoryEditorDialog</name>
    <message>
        <location filename="../ui/campaign/categoryeditordialog.cpp" line="+48"/>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;category…</source>
        <translation>区分を追加(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;question…</source>
        <translation>質問を追加(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>Categories and questions</source>
        <translation>区分と質問</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Name or question:</source>
        <translation>区分名または質問：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation in letters:</source>
        <translation>依頼状での組織の敬称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person in letters:</source>
        <translation>依頼状での個人の敬称：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This campaign is archived: read-only until it is unarchived.</source>
        <translation>この企画はアーカイブ済みです。アーカイブを解除するまで読み取り専用です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each person&apos;s own changes to their questions stay with the template question they changed.</source>
        <translation>取材先ごとに加えた質問の変更は、変更元のテンプレートの質問とともに残ります。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add category</source>
        <translation>区分の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>区分名：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add question</source>
        <translation>質問の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question:</source>
        <translation>質問：</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CategoryTreeModel</name>
    <message>
        <location filename="../ui/campaign/categorytreemodel.cpp" line="+138"/>
        <source>Removed from the template; kept for the people whose answers are linked to it.</source>
        <translation>テンプレートから削除済みです。この質問に回答が紐付いている取材先のために残しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(removed) %1</source>
        <translation>（削除済み）%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category / question</source>
        <translation>区分／質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation (貴社)</source>
        <translation>組織の敬称（貴社）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person (様)</source>
        <translation>個人の敬称（様）</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CorrectionDialog</name>
    <message>
        <location filename="../ui/review/correctiondialog.cpp" line="+22"/>
        <source>Record a correction</source>
        <translation>修正依頼の記録</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Passage:</source>
        <translation>対象の箇所(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrected text:</source>
        <translation>修正後の文(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change:</source>
        <translation>変更点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/dashboardscreen.cpp" line="+43"/>
        <source>Not yet agreed</source>
        <translation>未承諾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewed</source>
        <translation>取材済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined or withdrawn</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nobody is at risk: every person is on track.</source>
        <translation>遅れのある取材先はありません。全員が予定どおり進んでいます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · publication date %2 · review answers due %3</source>
        <extracomment>The dashboard&apos;s headline: &quot;3 days to publication · publication date Thu 12 Jun 2025 · review answers due Thu 5 Jun&quot;.</extracomment>
        <translation>%1・公開日 %2・確認回答期限 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · publication date %2</source>
        <translation>%1・公開日 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Needs attention (%n)</source>
        <translation>
            <numerusform>要対応（%n件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::DiscardGuard</name>
    <message>
        <location filename="../ui/common/discardguard.cpp" line="+82"/>
        <source>Discard the changes you made in this form?</source>
        <translation>このフォームで変更した内容を破棄しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::GuideDialog</name>
    <message>
        <location filename="../ui/shell/guidedialog.cpp" line="+51"/>
        <source>Shuzai user guide</source>
        <translation>Shuzai ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::HelpMenu</name>
    <message>
        <location filename="../ui/shell/helpmenu.cpp" line="+43"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome and first steps</source>
        <translation>ようこそ・はじめの手順(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shuzai</source>
        <translation>Shuzai について(&amp;A)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About Shuzai</source>
        <translation>Shuzai について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Shuzai (取材) %1&lt;/b&gt;&lt;p&gt;A workbench for interview-based feature articles: roster, outreach, scheduling, transcripts and review.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shuzai（取材）%1&lt;/b&gt;&lt;p&gt;インタビュー記事のための作業台：取材先の管理、取材依頼、日程調整、書き起こし、掲載前確認。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/transcripts/importpreviewdialog.cpp" line="+27"/>
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encoding is a guess. Check the text below and choose another encoding if it looks wrong.</source>
        <translation>文字コードは推定です。下の本文を確認し、文字化けしていれば別の文字コードを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segments:</source>
        <translation>セグメント数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers:</source>
        <translation>話者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none named)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines %1–%2</source>
        <translation>%1〜%2行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1</source>
        <translation>%1行目</translation>
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
            <numerusform>%n か所が読み込めず除外されます（赤字）。その他は書き起こしの本文ではない部分です:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not transcript text (comments, header), not imported:</source>
        <translation>書き起こしの本文ではない部分（コメント、ヘッダー）。取り込みません:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beginning of the transcript:</source>
        <translation>書き起こしの冒頭：</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::InterviewDialog</name>
    <message>
        <location filename="../ui/calendar/interviewdialog.cpp" line="+40"/>
        <source>Tentative (held until confirmed)</source>
        <translation>仮予約（確定まで押さえる）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book interview</source>
        <translation>取材の予約</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interview</source>
        <translation>取材</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not assigned)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interviewee:</source>
        <translation>取材先：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length:</source>
        <translation>所要時間：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode:</source>
        <translation>取材方法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting URL:</source>
        <translation>会議 URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer:</source>
        <translation>ライター：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel interview…</source>
        <translation>取材を取り消す…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>For the interviewee: %1 (%2)</source>
        <translation>取材先の現地時刻：%1（%2）</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Confirm booking</source>
        <translation>予約を確定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save invitation (.ics)…</source>
        <translation>招待を保存（.ics）…</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::IntervieweeDetails</name>
    <message>
        <location filename="../ui/roster/intervieweedetails.cpp" line="+92"/>
        <source>Add question…</source>
        <translation>質問を追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword…</source>
        <translation>言い換え…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>除外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore template</source>
        <translation>テンプレートに戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interviewee selected</source>
        <translation>取材先が選択されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a person in the roster to see their details and questions.</source>
        <translation>取材先一覧で人物を選択すると、詳細と質問が表示されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category: %1</source>
        <translation>区分：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状況：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution: %1</source>
        <translation>掲載形式：%1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::IntervieweeDialog</name>
    <message>
        <location filename="../ui/roster/intervieweedialog.cpp" line="+85"/>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (family, given):</source>
        <translation>氏名（姓・名）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading (katakana):</source>
        <translation>フリガナ（カタカナ）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attribution:</source>
        <translation>掲載形式(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lias when anonymous:</source>
        <translation>匿名時の表記(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone (if not the campaign&apos;s):</source>
        <translation>タイムゾーン（企画と異なる場合）(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add interviewee</source>
        <translation>取材先の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit interviewee</source>
        <translation>取材先の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ヤマダ</source>
        <translation>例：ヤマダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. タロウ</source>
        <translation>例：タロウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.co.jp</source>
        <translation>name@example.co.jp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign&apos;s zone</source>
        <translation>企画のタイムゾーン</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading suggested from the name: correct it if it is read otherwise.</source>
        <translation>名前から推測した読みです。違う読み方の場合は直してください。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::LetterDialog</name>
    <message>
        <location filename="../ui/outreach/letterdialog.cpp" line="+41"/>
        <source>Request letter</source>
        <translation>取材依頼状</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Japanese template</source>
        <translation>日本語のテンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English template</source>
        <translation>英語のテンプレート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep as the campaign&apos;s &amp;template</source>
        <translation>企画のテンプレートとして保存(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Built-in template</source>
        <translation>標準のテンプレート(&amp;B)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save as &amp;e-mail file…</source>
        <translation>メールファイルとして保存(&amp;E)…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Edited, not kept for the campaign</source>
        <translation>編集中（企画には未保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in template</source>
        <translation>標準のテンプレート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign&apos;s own template</source>
        <translation>企画独自のテンプレート</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the letter as</source>
        <translation>依頼状の保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail files (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::LetterImportDialog</name>
    <message>
        <location filename="../ui/campaign/letterimportdialog.cpp" line="+92"/>
        <source>New campaign from &amp;letter…</source>
        <translation>依頼状から企画を作成(&amp;L)…</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>New campaign from a request letter</source>
        <translation>依頼状から企画を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop the request letter you wrote (Markdown, text or Word). Check what was read, fill in what is highlighted, then save: the campaign is created with the letter as its template.</source>
        <translation>作成した依頼状（Markdown、テキスト、Word）を選ぶか、ここにドロップしてください。読み取った内容を確認し、強調表示された項目を入力してから保存すると、依頼状をテンプレートとして企画が作成されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication</source>
        <translation>掲載媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>掲載日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews from</source>
        <translation>取材期間（開始）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews until</source>
        <translation>取材期間（終了）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>取材時間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter as the campaign&apos;s template</source>
        <translation>企画のテンプレートにする依頼状</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Request letter</source>
        <translation>取材依頼状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters (*.md *.markdown *.txt *.docx);;All files (*)</source>
        <translation>依頼状 (*.md *.markdown *.txt *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Modes: %1</source>
        <translation>取材方法：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution: %1</source>
        <translation>掲載形式：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>New campaign from letter</source>
        <translation>依頼状から企画を作成</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailCorrectionsPanel</name>
    <message>
        <location filename="../ui/review/mailcorrectionspanel.cpp" line="+86"/>
        <source>No answers by mail to the open round.</source>
        <translation>確認中の回へのメールでの回答はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answers by mail to round %1: %n correction(s) proposed</source>
        <translation>
            <numerusform>第%1回へのメールでの回答：修正の提案 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the mail&apos;s text</source>
        <translation>メール本文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1</source>
        <translation>箇所 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 (%3)</source>
        <translation>%1 から、%2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: %1 → returned: %2</source>
        <translation>送付時：%1 → 返送：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted</source>
        <translation>採用済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Accept correction</source>
        <translation>修正を採用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not matched to an item: %1</source>
        <translation>どの箇所にも対応しない文：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be read: %1</source>
        <translation>読み取れませんでした：%1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxActions</name>
    <message>
        <location filename="../ui/shell/mailboxactions.cpp" line="+37"/>
        <source>&amp;Mailbox…</source>
        <translation>メールボックス(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mail account, and fetching the replies to your letters</source>
        <translation>メールアカウントと、依頼状への返信の取り込み</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxDialog</name>
    <message>
        <location filename="../ui/mailbox/mailboxdialog.cpp" line="+48"/>
        <source>&amp;Fetch now</source>
        <translation>今すぐ取り込む(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox (IMAP)</source>
        <translation>メールボックス（IMAP）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the keychain when empty</source>
        <translation>空欄ならキーチェーンから</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with its own certificate authority</source>
        <translation>独自の認証局を使うサーバーのときだけ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>認証局のファイル（PEM）を選ぶ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shuzai reads the inbox over a secure connection and never deletes, moves or marks anything on the server.</source>
        <translation>Shuzai は暗号化された接続で受信トレイを読むだけで、サーバー上のメールを削除・移動したり既読にしたりすることはありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only when I click Fetch now</source>
        <translation>「今すぐ取り込む」を押したときだけ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>ログイン(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>CA ファイル(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Automatically:</source>
        <translation>自動取り込み(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fetch:</source>
        <translation>最終取り込み：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No account saved yet.</source>
        <translation>アカウントはまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the mail server and your login.</source>
        <translation>メールサーバーとログイン名を入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the password: none is kept for this account yet.</source>
        <translation>パスワードを入力してください。このアカウントのパスワードはまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching from %1…</source>
        <translation>%1 から取り込み中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is kept only until Shuzai closes: no keychain answered.</source>
        <translation>キーチェーンが応答しないため、パスワードは Shuzai を閉じるまでだけ保持します。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MailboxSession</name>
    <message>
        <location filename="../ui/mailbox/mailboxsession.cpp" line="+140"/>
        <source>No new messages.</source>
        <translation>新しいメールはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new message(s) fetched (%1).</source>
        <extracomment>%1 is &quot;2 matched to interviewees&quot;</extracomment>
        <translation>
            <numerusform>新しいメールを %n 件取り込みました（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matched to interviewees</source>
        <translation>
            <numerusform>うち取材先に対応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already imported, skipped.</source>
        <translation>
            <numerusform>%n 件は取り込み済みのため省きました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail: not set up</source>
        <translation>メール：未設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: fetching…</source>
        <translation>メール：取り込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: password needed</source>
        <translation>メール：パスワードが必要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail: fetch failed</source>
        <translation>メール：取り込み失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail: not fetched yet</source>
        <translation>メール：未取り込み</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mail: %n new from interviewees · %1</source>
        <translation>
            <numerusform>メール：取材先から新着 %n 件・%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail: fetched %1</source>
        <translation>メール：%1 に取り込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mailbox account yet: click to set one up.</source>
        <translation>メールボックスのアカウントがまだありません。クリックして設定してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Fetched every %n minute(s) while Shuzai is open.</source>
        <translation>
            <numerusform>Shuzai を開いている間、%n 分ごとに取り込みます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="-430"/>
        <source>Undo/Redo</source>
        <translation>元に戻す／やり直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The undo history has been cleared.</source>
        <translation>%1

元に戻す履歴は消去されました。</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;team server…</source>
        <translation>チームサーバーに接続(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign &amp;settings…</source>
        <translation>企画設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaigns…</source>
        <translation>企画一覧(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and &amp;questions…</source>
        <translation>区分と質問(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived campaigns</source>
        <translation>アーカイブ済みの企画を表示(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign: </source>
        <translation>企画：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting as: </source>
        <translation>操作ユーザー：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
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
        <translation>企画一覧</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (archived)</source>
        <translation>%1（アーカイブ済み）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Campaign settings</source>
        <translation>企画設定</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Shuzai databases (*.db *.sqlite);;All files (*)</source>
        <translation>Shuzaiデータベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MatrixScreen</name>
    <message numerus="yes">
        <location filename="../ui/answers/matrixscreen.cpp" line="+70"/>
        <source>%n question(s) not yet answered</source>
        <translation>
            <numerusform>未回答の質問：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question matrix</source>
        <translation>質問マトリクス</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click an answer to open it in its transcript.</source>
        <translation>回答をダブルクリックすると書き起こしの該当箇所を開きます。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MonthView</name>
    <message>
        <location filename="../ui/calendar/monthview.cpp" line="+201"/>
        <source>Busy</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 busy: %2 (CalDAV: %3)</source>
        <translation>%1 予定あり：%2（CalDAV：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 busy: %2 (.ics: %3)</source>
        <translation>%1 予定あり：%2（.ics：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the week</source>
        <translation>ダブルクリックでこの週を開く</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::OutreachHistoryModel</name>
    <message>
        <location filename="../ui/outreach/outreachhistorymodel.cpp" line="+143"/>
        <source>Mail received</source>
        <translation>メール受信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed reply: %1</source>
        <translation>返信の提案：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail received (proposal accepted)</source>
        <translation>メール受信（提案を承認済み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail received (proposal dismissed)</source>
        <translation>メール受信（提案を却下済み）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed: %1</source>
        <translation>提案：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefers: %1</source>
        <translation>希望日時：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read from: %1</source>
        <translation>読み取った箇所：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::OutreachPanel</name>
    <message>
        <location filename="../ui/outreach/outreachpanel.cpp" line="-135"/>
        <source>Outreach</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letters and replies</source>
        <translation>依頼状と返信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;reply…</source>
        <translation>返信を記録(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save letter &amp;copy…</source>
        <translation>依頼状の控えを保存(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected letter exactly as it went out, as an .eml file</source>
        <translation>選択した依頼状を送ったとおりに .eml ファイルとして保存します</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <location line="+18"/>
        <source>Accept proposal</source>
        <extracomment>The button that records the reply Shuzai read from the selected mail (承認).</extracomment>
        <translation>承認</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Record the reply proposed from the selected mail, with the times it names</source>
        <translation>選んだメールから提案された返信を、挙げられた日時とともに記録します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Dismiss</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Set the proposed reply aside; nothing is recorded about the person</source>
        <translation>提案された返信を却下します。取材先については何も記録しません</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Shuzai could not tell what %1&apos;s mail answers (&quot;%2&quot;). Record it as:</source>
        <translation>%1さんのメール（「%2」）が何と答えているか判断できませんでした。次として記録します：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Record reply</source>
        <translation>返信の記録</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the letter as</source>
        <translation>依頼状の保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail files (*.eml)</source>
        <translation>メールファイル (*.eml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save letter copy</source>
        <translation>依頼状の控えの保存</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+46"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times &amp;in:</source>
        <translation>時刻の表示(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now: %1</source>
        <extracomment>Under the zone choice: what the time is now in the chosen zone.</extracomment>
        <translation>現在：%1</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::QuestionListModel</name>
    <message>
        <location filename="../ui/roster/questionlistmodel.cpp" line="+75"/>
        <source>Added for this interviewee</source>
        <translation>この取材先向けに追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded for this interviewee. Template: %1</source>
        <translation>この取材先向けに言い換え。テンプレート：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As in the category&apos;s template</source>
        <translation>区分のテンプレートどおり</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReplyDialog</name>
    <message>
        <location filename="../ui/outreach/replydialog.cpp" line="+22"/>
        <source>Reply from %1</source>
        <translation>%1 様からの返信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked a question</source>
        <translation>質問あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply yet (a note; the follow-up stays due)</source>
        <translation>返信なし（メモのみ。催促の予定は残ります）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In their words, if none of the times above fits</source>
        <translation>上の日時がどれも合わない場合は、先方の希望をそのまま入力</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(held for someone)</source>
        <translation>（仮押さえ中）</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Reply:</source>
        <translation>返信(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Candidate times chosen:</source>
        <translation>選ばれた候補日時(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferred times:</source>
        <translation>希望日時(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReviewOverviewModel</name>
    <message>
        <location filename="../ui/review/reviewoverviewmodel.cpp" line="+94"/>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interviewee (as printed)</source>
        <translation>取材先（掲載時の表記）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>回答期限</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ReviewScreen</name>
    <message numerus="yes">
        <location filename="../ui/review/reviewscreen.cpp" line="+106"/>
        <source>%1 of %n approved; answers due %2</source>
        <translation>
            <numerusform>%n人中%1人が承認済み・回答期限 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No interviewees yet. Each person of the campaign appears here with where their pre-publication check stands.</source>
        <translation>取材先がまだいません。企画の取材先ごとに、掲載前確認の状況がここに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the roster</source>
        <translation>取材先一覧を開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review</source>
        <translation>掲載前確認</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send for review…</source>
        <translation>確認を依頼(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;correction…</source>
        <translation>修正依頼を記録(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn…</source>
        <translation>掲載辞退(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;packet…</source>
        <translation>確認用資料を保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers only: the interviewee approved what was sent</source>
        <translation>レビュー担当のみ：送付した内容が取材先に承認されたことを記録します</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Not sent yet, and no passages are picked: choose quotes in the transcript or link answers first.</source>
        <translation>未送付です。確認いただく箇所がまだありません。先に書き起こしで引用候補を選ぶか、回答を紐づけてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet. These passages would be sent:</source>
        <translation>未送付です。次の箇所を送ります：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round %1: %2</source>
        <translation>第%1回：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 by %2 (%3); answer due %4</source>
        <translation>%1 に %2 が送付（%3）・回答期限 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided %1 by %2</source>
        <translation>%1 に %2 が記録</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Correction:</source>
        <translation>修正：</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <source>Send for review</source>
        <translation>確認の依頼</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sent &amp;by:</source>
        <translation>送付方法(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passages as they read now are kept exactly as sent; later edits to the transcript do not change them.</source>
        <translation>現在の文面を送付したとおりに保存します。後で書き起こしを修正しても変わりません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record correction</source>
        <translation>修正依頼の記録</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>How did the interviewee approve (e-mail, phone, …)?</source>
        <translation>取材先からどのように承認を得ましたか（メール、電話など）？</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Withdrawn</source>
        <translation>掲載辞退</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Record that the interviewee withdrew? They will appear nowhere in the article.</source>
        <translation>取材先が掲載を辞退したと記録しますか？記事には一切掲載されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Save packet</source>
        <translation>確認用資料の保存</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save the review packet</source>
        <translation>確認用資料の保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;E-mail with the PDF attached (*.eml)</source>
        <translation>PDF (*.pdf);;PDF 添付のメール (*.eml)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::RosterModel</name>
    <message>
        <location filename="../ui/roster/rostermodel.cpp" line="+249"/>
        <source>No reply to the letter of %1: follow up.</source>
        <translation>%1 に送った依頼状への返信がありません。催促してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (follow-up overdue by %n day(s))</source>
        <translation>
            <numerusform>%1（催促期限を %n 日超過）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>掲載形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::RosterScreen</name>
    <message>
        <location filename="../ui/roster/rosterscreen.cpp" line="-399"/>
        <location line="+127"/>
        <source>Roster</source>
        <translation>取材先一覧</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search name, reading or organisation</source>
        <translation>氏名・フリガナ・所属で検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;letter…</source>
        <translation>依頼状(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nd letters…</source>
        <translation>依頼状を送信(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request letter to everyone selected</source>
        <translation>選択した全員に取材依頼状を送信します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book interview…</source>
        <translation>取材を予約(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the selected person&apos;s interview in the calendar, at the time their reply chose</source>
        <translation>選択した取材先の取材を、返信で選ばれた日時でカレンダーに予約します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>掲載形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>匿名時の表記</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category changed</source>
        <translation>区分を変更</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 was changed by someone else while you were editing.

Their changes:
%2

Yours:
%3</source>
        <translation>編集中に %1 の情報が他の人によって変更されました。

相手の変更：
%2

あなたの変更：
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed meanwhile</source>
        <translation>編集中に変更されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite with mine</source>
        <translation>自分の内容で上書き(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload theirs</source>
        <translation>相手の内容を読み込む(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>入力画面に戻る</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <location filename="../ui/roster/rosterscreenactions.cpp" line="+54"/>
        <source>Remove interviewee</source>
        <translation>取材先の削除</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove %1 from the roster? You can undo this with Edit &gt; Undo.</source>
        <translation>%1を取材先一覧から削除しますか？「編集」＞「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Add question</source>
        <translation>質問の追加</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Question for %1:</source>
        <translation>%1への質問：</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Reword question</source>
        <translation>質問の言い換え</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Question %1 for %2:</source>
        <translation>%2への質問 %1：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Leave out question</source>
        <translation>質問の除外</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore template</source>
        <translation>テンプレートに戻す</translation>
    </message>
    <message>
        <location filename="../ui/roster/rosterscreenactions.cpp" line="-2"/>
        <location line="+32"/>
        <source>Add interviewee…</source>
        <translation>取材先を追加…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Filter interviewees</source>
        <translation>取材先を絞り込む</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No campaign is open. Choose one in the toolbar, or create one with File ▸ Campaigns….</source>
        <translation>企画が開かれていません。ツールバーで企画を選ぶか、ファイル ▸ 企画… で作成してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the roster…</source>
        <translation>名簿を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interviewee matches the filter.</source>
        <translation>絞り込みに該当する取材先はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interviewees yet. Add the people you want to interview, with their reading and category.</source>
        <translation>取材先はまだ登録されていません。取材したい方を、フリガナと区分とともに追加してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filter</source>
        <translation>絞り込みを解除</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SavedNotice</name>
    <message>
        <location filename="../ui/common/savednotice.cpp" line="+53"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ScreenActions</name>
    <message>
        <location filename="../ui/shell/screenactions.cpp" line="+118"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/search/searchresultmodel.cpp" line="+36"/>
        <source>%1 — notes</source>
        <translation>%1 — メモ</translation>
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
        <translation>語句を入力すると、企画のすべての書き起こしとメモから探します（日本語・英語、1文字から）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”. Full and half width and hiragana and katakana are treated alike; try fewer characters or another filter.</source>
        <translation>「%1」は見つかりませんでした。全角・半角、ひらがな・カタカナの違いは区別しません。文字数を減らすか、絞り込みを変えてお試しください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+88"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Search transcripts and notes (any word, even one character)</source>
        <translation>書き起こしとメモを検索（1文字から検索できます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More results</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This campaign</source>
        <translation>この企画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All campaigns</source>
        <translation>すべての企画</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All interviewees</source>
        <translation>すべての取材先</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n hit(s) shown (%1 ms)</source>
        <translation>
            <numerusform>%n 件を表示（%1 ミリ秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SegmentModel</name>
    <message>
        <location filename="../ui/transcripts/segmentmodel.cpp" line="+94"/>
        <source>Q%1</source>
        <translation>問%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers question %1: %2</source>
        <translation>質問%1への回答：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote candidate: “%1”</source>
        <translation>引用候補：「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote candidate: “%1” (%2)</source>
        <translation>引用候補：「%1」（%2）</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Corrected. As imported: %1</source>
        <translation>修正済み。取り込み時：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks</source>
        <translation>印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SendLettersDialog</name>
    <message>
        <location filename="../ui/outreach/senddialog.cpp" line="+39"/>
        <source>Send request letters</source>
        <translation>取材依頼状の送信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>接続時から TLS（ポート 465）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (local test servers only)</source>
        <translation>なし（ローカルのテストサーバー専用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a server with a private certificate authority</source>
        <translation>独自の認証局を使うサーバーの場合のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the keychain when empty</source>
        <translation>空欄ならキーチェーンから取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>暗号化(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;CA certificate:</source>
        <translation>追加の CA 証明書(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Japanese template</source>
        <translation>日本語のテンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English template</source>
        <translation>英語のテンプレート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-2022-JP (older Japanese mail systems)</source>
        <translation>ISO-2022-JP（古い日本のメール環境向け）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter:</source>
        <translation>依頼状：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Certificate authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the mail server as smtp://user@host:port.</source>
        <translation>メールサーバーを smtp://user@host:port の形で入力してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the password for %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the letter being sent…</source>
        <translation>送信中の依頼状が終わり次第、停止します…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the mail server or the account failed; fix it and send to the rest</source>
        <translation>メールサーバーまたはアカウントのエラーのため。設定を直してから残りに送信してください</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not logged: %1</source>
        <translation>記録できませんでした：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send to the rest</source>
        <translation>残りに送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2 failed, %3 not sent.</source>
        <translation>送信 %1 件、失敗 %2 件、未送信 %3 件。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SendResultsModel</name>
    <message>
        <location filename="../ui/outreach/sendresultsmodel.cpp" line="+49"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent (cancelled)</source>
        <translation>未送信（中止）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1</source>
        <translation>未送信：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interviewee</source>
        <translation>取材先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ServerDialog</name>
    <message>
        <location filename="../ui/shell/serverdialog.cpp" line="+20"/>
        <source>Connect to the team server</source>
        <translation>チームサーバーへの接続</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From the keychain when empty</source>
        <translation>空欄ならキーチェーンから取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SpeakerDialog</name>
    <message>
        <location filename="../ui/transcripts/speakerdialog.cpp" line="+18"/>
        <source>Speakers of %1</source>
        <translation>%1 の話者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interviewee</source>
        <translation>取材先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>聞き手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer: %1</source>
        <translation>聞き手：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transcript names no speakers.</source>
        <translation>この書き起こしには話者名がありません。</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::TranscriptView</name>
    <message>
        <location filename="../ui/transcripts/transcriptview.cpp" line="+72"/>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Find in transcript (Ctrl+F)</source>
        <translation>書き起こし内を検索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to question…</source>
        <translation>質問にリンク(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the chosen segment as the answer to a question (%1)</source>
        <translation>選んだセグメントを質問への回答としてリンク（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a transcript on the left, or import one.</source>
        <translation>左の一覧から書き起こしを選ぶか、取り込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %2, %3, %n segment(s)</source>
        <translation>
            <numerusform>%1 — %2、%3、%n セグメント</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove &amp;quote candidate</source>
        <translation>引用候補から外す(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as &amp;quote candidate</source>
        <translation>引用候補にする(&amp;Q)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Link as answer to</source>
        <translation>回答として紐付ける</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Link answer</source>
        <translation>回答の紐付け</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quote candidate</source>
        <translation>引用候補</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::TranscriptsScreen</name>
    <message>
        <location filename="../ui/transcripts/transcriptsscreen.cpp" line="+117"/>
        <source>No interviewees yet. Add them in the roster: each person&apos;s interviews and their transcripts appear here.</source>
        <translation>取材先がまだいません。取材先一覧で追加すると、取材と書き起こしがここに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the roster</source>
        <translation>取材先一覧を開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcripts</source>
        <translation>書き起こし</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+168"/>
        <source>New interview</source>
        <translation>取材を追加</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Import transcript…</source>
        <translation>書き起こしを取り込む…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers…</source>
        <translation>話者…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a transcript file (VTT, SRT, TXT, DOCX) on an interview to import it.</source>
        <translation>書き起こしファイル（VTT、SRT、TXT、DOCX）を取材にドロップすると取り込めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <location line="+11"/>
        <source>Delete interview</source>
        <translation>取材を削除</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Delete the selected interview (only while it holds no transcript); Undo brings it back</source>
        <translation>選択した取材を削除します（書き起こしがない場合のみ）。「元に戻す」で戻せます</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Interview %1 (not scheduled)</source>
        <translation>取材 %1（日程未定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cancelled)</source>
        <translation>%1（取り消し済み）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (hold)</source>
        <translation>%1（仮押さえ）</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+14"/>
        <location line="+18"/>
        <location line="+43"/>
        <source>Import transcript</source>
        <translation>書き起こしの取り込み</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Transcripts (*.vtt *.srt *.sbv *.txt *.docx);;All files (*)</source>
        <translation>書き起こし (*.vtt *.srt *.sbv *.txt *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Speakers</source>
        <translation>話者</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::UndoActions</name>
    <message>
        <location filename="../ui/shell/undoactions.cpp" line="+36"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す：%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WeekView</name>
    <message>
        <location filename="../ui/calendar/weekview.cpp" line="+198"/>
        <source>Busy</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 (CalDAV, kept up to date by sync)</source>
        <translation>%1 から（CalDAV、同期で最新に保たれます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1 (.ics file)</source>
        <translation>%1 から取り込み（.ics ファイル）</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Held, not yet confirmed</source>
        <translation>仮予約（未確定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: see the list of conflicts</source>
        <translation>問題あり：一覧を参照</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or drag to book an interview here</source>
        <translation>ダブルクリックまたはドラッグでここに予約</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/shell/welcomedialog.cpp" line="+31"/>
        <location line="+37"/>
        <source>Welcome to Shuzai</source>
        <translation>Shuzai へようこそ</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Shuzai keeps an interview-based feature in one place: who you ask, the request letters and replies, the interview times, the transcripts and the interviewees&apos; review, planned back from the publication date.</source>
        <translation>Shuzai は、インタビュー記事の取材を一か所で管理します。取材先、依頼状と返信、取材日時、書き起こし、取材先による内容確認までを、公開日から逆算して計画できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sample campaign is open: &lt;i&gt;a practical guide to small language models for Japanese companies&lt;/i&gt;, with interviewees in three categories (researchers and developers, solution vendors, adopting companies), each with its six questions. Try every step on it; File ▸ Campaigns… starts your own.</source>
        <translation>サンプルの企画&lt;i&gt;「小規模言語モデル（SLM）実装ガイド：日本企業のための段階的アプローチ」&lt;/i&gt;が開いています。取材先は3つの区分（SLM開発者・研究者、SLMソリューション提供企業、SLM導入企業）に分かれ、区分ごとに6つの質問があります。各手順をこの企画で試せます。ご自身の企画は ファイル ▸ 企画… から作成できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Interviewees</source>
        <translation>1. 取材先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people you want to ask (Ctrl+N), with their reading and category; adjust each one&apos;s questions.</source>
        <translation>取材したい方を、フリガナと区分とともに追加します（Ctrl+N）。質問は一人ひとりに合わせて調整できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Request letters</source>
        <translation>2. 取材依頼状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write and send the formal request letter with the candidate times; record each reply and the attribution the person chooses.</source>
        <translation>候補日時を記した正式な依頼状を作成して送信します。返信と、先方が選んだ掲載形式を記録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Calendar</source>
        <translation>3. カレンダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book each 60-minute interview into a free slot: double-click a time. Conflicts with the team&apos;s busy times are shown.</source>
        <translation>60分の取材を空き枠に予約します。時間をダブルクリックしてください。チームの予定との重なりも表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Transcripts</source>
        <translation>4. 書き起こし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the Zoom recording&apos;s transcript (WebVTT, SRT, text or .docx), name the speakers, link answers to the questions and mark quotes.</source>
        <translation>Zoom 録画の書き起こし（WebVTT、SRT、テキスト、.docx）を添付し、話者名を設定し、回答を質問に関連付け、引用を指定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Search</source>
        <translation>5. 検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any passage in every transcript, in Japanese (Ctrl+F).</source>
        <translation>すべての書き起こしから、日本語で発言を検索できます（Ctrl+F）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Review</source>
        <translation>6. 掲載前確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send each interviewee the content to check, record their corrections and their approval before the publication date.</source>
        <translation>公開日までに、取材先に内容を確認していただき、修正と承認を記録します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &lt;a href=&quot;guide:&quot;&gt;user guide&lt;/a&gt; (F1) explains every screen; Help ▸ Keyboard shortcuts lists the keys.</source>
        <translation>各画面の使い方は&lt;a href=&quot;guide:&quot;&gt;ユーザーガイド&lt;/a&gt;（F1）で、キー操作は ヘルプ ▸ キーボードショートカット で確認できます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show this page at start</source>
        <translation>起動時にこのページを表示する</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WindowsDialog</name>
    <message>
        <location filename="../ui/calendar/windowsdialog.cpp" line="+39"/>
        <location line="+67"/>
        <location line="+15"/>
        <source>Candidate times</source>
        <translation>候補日時</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Note, e.g. 必要に応じて</source>
        <translation>備考（例：必要に応じて）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>選択を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Times in %1</source>
        <translation>時刻は%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::ZonePicker</name>
    <message>
        <location filename="../ui/common/zonepicker.cpp" line="+24"/>
        <source>Universal time</source>
        <translation>協定世界時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seoul</source>
        <translation>ソウル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beijing, Shanghai</source>
        <translation>北京、上海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taipei</source>
        <translation>台北</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangkok</source>
        <translation>バンコク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sydney</source>
        <translation>シドニー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>London</source>
        <translation>ロンドン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paris</source>
        <translation>パリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlin</source>
        <translation>ベルリン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York</source>
        <translation>ニューヨーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chicago</source>
        <translation>シカゴ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Los Angeles</source>
        <translation>ロサンゼルス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honolulu</source>
        <translation>ホノルル</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <extracomment>A time zone in the list: a place and its offset, &quot;Seoul (UTC+09:00)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <extracomment>A time zone found by search: &quot;Buenos Aires (America/Argentina, UTC−03:00)&quot;.</extracomment>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type to search every time zone</source>
        <translation>入力してすべてのタイムゾーンを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a zone from the list, or type part of a city&apos;s name (&quot;york&quot;, &quot;Buenos&quot;) to search all of them.</source>
        <translation>一覧から選ぶか、都市名の一部（「york」「Buenos」など）を入力してすべてのタイムゾーンから検索してください。</translation>
    </message>
</context>
</TS>
