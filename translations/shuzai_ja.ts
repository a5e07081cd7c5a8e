<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Action</name>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="+23"/>
        <location line="+21"/>
        <location line="+42"/>
        <source>change campaign settings</source>
        <translation>企画設定の変更</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="+25"/>
        <source>change the roster</source>
        <translation>取材先一覧の変更</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+31"/>
        <source>link answers and pick quotes</source>
        <translation>回答の紐付けと引用候補の選定</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+15"/>
        <location filename="../core/services/schedulingservice.cpp" line="+35"/>
        <source>schedule interviews</source>
        <translation>取材日程の登録</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="+45"/>
        <source>change transcripts</source>
        <translation>書き起こしの変更</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="+65"/>
        <source>change letter templates</source>
        <translation>依頼状テンプレートの変更</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+120"/>
        <location filename="../app/cli/outreachcommands.cpp" line="+400"/>
        <source>send request letters</source>
        <translation>依頼状の送付</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>record replies to request letters</source>
        <translation>依頼状への返信の記録</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="+104"/>
        <source>send content for review</source>
        <translation>確認用資料の送付</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>record review corrections</source>
        <translation>確認時の修正の記録</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>approve content for publication</source>
        <translation>掲載内容の承認</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record a withdrawal</source>
        <translation>掲載辞退の記録</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="+279"/>
        <source>manage users</source>
        <translation>ユーザーの管理</translation>
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
        <source>Letter template changed</source>
        <translation>依頼状テンプレートを変更</translation>
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
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/services/schedulingservice.cpp" line="+270"/>
        <source>Interview: %1 (%2)</source>
        <translation>取材：%1 様（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) = %3 (%4)</source>
        <translation>%1（%2）＝ %3（%4）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+23"/>
        <source>Publication date: %1</source>
        <translation>掲載日：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews: %1 to %2, %3 minutes</source>
        <translation>取材期間：%1〜%2、%3分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Modes: %1</source>
        <translation>取材方法：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribution options: %1</source>
        <translation>掲載形式の選択肢：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1 (%2)</source>
        <translation>区分 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate slots:</source>
        <translation>候補日時：</translation>
    </message>
    <message>
        <location filename="../app/cli/intervieweecommands.cpp" line="+116"/>
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
        <location line="+132"/>
        <source>Removed %1.</source>
        <translation>%1を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+32"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1を作成しました（スキーマ %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ready (schema %2).</source>
        <translation>%1は使用できる状態です（スキーマ %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/questioncommands.cpp" line="+30"/>
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
        <location filename="../app/cli/interviewcommands.cpp" line="+33"/>
        <source>not scheduled</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommands.cpp" line="+115"/>
        <source>%1 (notes): %2</source>
        <translation>%1（メモ）：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More results: use --offset %1</source>
        <translation>続きがあります：--offset %1 を指定してください</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location filename="../app/cli/transcriptcommands.cpp" line="+64"/>
        <source>Format: %1, encoding: %2%3</source>
        <translation>形式：%1、文字コード：%2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a guess: check the text)</source>
        <translation>（推定です。本文を確認してください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments: %1</source>
        <translation>セグメント数：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped, line %1: %2: %3</source>
        <translation>%1 行目を除外：%2：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transcript %1 of interview %2: %3 (%4, %5)</source>
        <translation>取材 %2 の書き起こし %1：%3（%4、%5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (corrected)</source>
        <translation>（修正済み）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Imported transcript %1: %2 segments, speakers: %3</source>
        <translation>書き起こし %1 を取り込みました：%2 セグメント、話者：%3</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>(current)</source>
        <translation>（現在）</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+348"/>
        <source>Imported %1 busy time(s).</source>
        <translation>予定 %1 件を取り込みました。</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="+26"/>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="+64"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1	%2	due %3 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1	%2	催促期日 %3（%n 日超過）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="+90"/>
        <location filename="../app/cli/exportcommands.cpp" line="+63"/>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/dashboardcommands.cpp" line="+27"/>
        <source>%n day(s) to publication (%1); review answers due %2</source>
        <translation>
            <numerusform>公開まであと%n日（%1）。確認の回答期限は%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 of %3 confirmed</source>
        <translation>%1：%3件中%2件が確定</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+84"/>
        <source>Round %1: %2, due %3</source>
        <translation>第%1回：%2、期限 %3</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>  correction to %1: %2</source>
        <translation>  %1 への修正：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="+63"/>
        <source>%1 is set up; %2 can log in as its editor.</source>
        <translation>%1 の準備ができました。%2 が編集長としてログインできます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/copycommands.cpp" line="+47"/>
        <source>Copied %n row(s); every table&apos;s checksum matches the original.</source>
        <translation>
            <numerusform>%n行を複製しました。すべての表のチェックサムが元と一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/help.cpp" line="+7"/>
        <source>Usage: shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]

Global options (before or after the command):
  --db PATH      open this database file (default: %1), or the team server
                 postgresql://user@host:port/database (password: SHUZAI_DB_PASSWORD
                 or the system keychain)
  --json         print machine-readable UTF-8 JSON
  --as USER      act as this user (see: user list)
  --lang ja|en   language of messages (default: the system&apos;s)
  --help, --version

Commands:
  init [--no-sample]                 create or upgrade the database
  campaign list
  campaign show ID                   categories, questions, candidate slots
  campaign edit ID [--title T] [--publication-date YYYY-MM-DD]
        [--window-start D] [--window-end D] [--minutes N] [--modes online,in_person]
        [--time-zone TZ] [--editor-name N] [--editor-email E] [--editor-phone P]
        [--buffer MINUTES] [--follow-up-days N] [--review-margin WORKING_DAYS]
  interviewee list [--category C] [--status S] [--search TEXT]
  interviewee add --category C --name &quot;FAMILY GIVEN&quot; [--reading &quot;FAMILY GIVEN&quot;]
        [--organisation O] [--department D] [--title T] [--email E] [--phone P]
        [--attribution name_affiliation|with_photo|anonymous|undecided]
        [--status S] [--notes N] [--alias &quot;A社 開発担当&quot;]
  interviewee show ID|EMAIL
  interviewee edit ID|EMAIL [the options of add] [--expect-version N]
  interviewee remove ID|EMAIL
  questions show INTERVIEWEE
  questions reword INTERVIEWEE N TEXT    reword template question N
  questions drop INTERVIEWEE N           leave template question N out
  questions add INTERVIEWEE TEXT [--after N]
  questions reset INTERVIEWEE [N]        back to the category&apos;s template
  user list
  user add LOGIN --name NAME --role editor|writer|reviewer [--email E]   (editor)
  outreach render INTERVIEWEE [--template ja|en|FILE]
  outreach export-eml INTERVIEWEE -o FILE.eml [--charset utf-8|iso-2022-jp]
  outreach send INTERVIEWEE... [--dry-run] [--smtp smtp://user@host:port]
        [--tls none|starttls|implicit] [--ca-file PEM]   (default: the saved account)
  outreach log [INTERVIEWEE]             letters sent, exported or refused
  outreach due [--on YYYY-MM-DD]         follow-ups due (no reply after the set days)
  outreach template show [ja|en] | set ja|en FILE | reset ja|en
                                         the campaign&apos;s own letter template
  reply record INTERVIEWEE --accepted|--declined|--question|--no-reply
        [--prefers TIMES] [--note TEXT]
  reply list [INTERVIEWEE]
  smtp account set --smtp smtp://user@host:port [--tls MODE] [--ca-file PEM]
  smtp account show
  smtp password set|forget [--smtp URL]  the keychain entry (password on stdin)
  review send INTERVIEWEE [--channel email|pdf|other] [--note T]
  review record INTERVIEWEE --item N --corrected TEXT [--note T]
  review approve|withdraw INTERVIEWEE [--note T]   (approve: reviewers only)
  review show INTERVIEWEE                what was sent, corrections as diffs
  review status [CAMPAIGN]               where each person stands, due dates
  export packet INTERVIEWEE -o FILE.pdf|FILE.eml [--template ja|en]
  audit list|export [-o FILE] [--format csv|json] [--since T] [--action A]
        [--actor LOGIN] [--interviewee X]   the append-only log of changes
  dashboard [CAMPAIGN]                   counts, days left, who is at risk
  server setup --db postgresql://ADMIN@host:port/db --editor LOGIN --name NAME
        the team server: roles, grants, first editor (password on stdin)
  copy --from FILE|URL --to FILE|URL     every record into an empty database,
                                         either engine; counts and checksums
  transcript, search, answers, quote, slots, schedule, calendar, conflicts: see the README

Commands about a campaign&apos;s people take --campaign ID (default: the campaign with the
latest publication date). Categories: researcher, vendor, adopter (or the name).
Exit status: 0 success, 2 usage error, 1 any other error (message on stderr).
</source>
        <translation>使い方：shuzai-cli [--db PATH] [--json] [--as USER] [--lang ja|en] COMMAND [ARGS]

全体オプション（コマンドの前後どちらにも指定可）：
  --db PATH      使用するデータベースファイル（既定：%1）、またはチームサーバー
                 postgresql://user@host:port/database（パスワードは SHUZAI_DB_PASSWORD
                 またはシステムのキーチェーンから）
  --json         機械可読な UTF-8 の JSON で出力
  --as USER      指定したユーザーとして操作（参照：user list）
  --lang ja|en   メッセージの言語（既定：システムの言語）
  --help, --version

コマンド：
  init [--no-sample]                 データベースを作成またはアップグレード
  campaign list
  campaign show ID                   区分・質問・候補日時を表示
  campaign edit ID [--title T] [--publication-date YYYY-MM-DD]
        [--window-start D] [--window-end D] [--minutes N] [--modes online,in_person]
        [--time-zone TZ] [--editor-name N] [--editor-email E] [--editor-phone P]
        [--buffer MINUTES] [--follow-up-days N] [--review-margin WORKING_DAYS]
  interviewee list [--category C] [--status S] [--search TEXT]
  interviewee add --category C --name &quot;FAMILY GIVEN&quot; [--reading &quot;FAMILY GIVEN&quot;]
        [--organisation O] [--department D] [--title T] [--email E] [--phone P]
        [--attribution name_affiliation|with_photo|anonymous|undecided]
        [--status S] [--notes N] [--alias &quot;A社 開発担当&quot;]
  interviewee show ID|EMAIL
  interviewee edit ID|EMAIL [add と同じオプション] [--expect-version N]
  interviewee remove ID|EMAIL
  questions show INTERVIEWEE
  questions reword INTERVIEWEE N TEXT    テンプレートの質問 N を言い換える
  questions drop INTERVIEWEE N           テンプレートの質問 N を除外する
  questions add INTERVIEWEE TEXT [--after N]
  questions reset INTERVIEWEE [N]        区分のテンプレートに戻す
  user list
  user add LOGIN --name NAME --role editor|writer|reviewer [--email E]   （編集長のみ）
  outreach render INTERVIEWEE [--template ja|en|FILE]
  outreach export-eml INTERVIEWEE -o FILE.eml [--charset utf-8|iso-2022-jp]
  outreach send INTERVIEWEE... [--dry-run] [--smtp smtp://user@host:port]
        [--tls none|starttls|implicit] [--ca-file PEM]   （省略時は保存したアカウント）
  outreach log [INTERVIEWEE]             送信・書き出し・失敗した依頼状の記録
  outreach due [--on YYYY-MM-DD]         催促が必要な相手（設定日数を過ぎても返信なし）
  outreach template show [ja|en] | set ja|en FILE | reset ja|en
                                         企画独自の依頼状テンプレート
  reply record INTERVIEWEE --accepted|--declined|--question|--no-reply
        [--prefers TIMES] [--note TEXT]
  reply list [INTERVIEWEE]
  smtp account set --smtp smtp://user@host:port [--tls MODE] [--ca-file PEM]
  smtp account show
  smtp password set|forget [--smtp URL]  キーチェーンの登録・削除（パスワードは標準入力から）
  review send INTERVIEWEE [--channel email|pdf|other] [--note T]
  review record INTERVIEWEE --item N --corrected TEXT [--note T]
  review approve|withdraw INTERVIEWEE [--note T]   （approve はレビュー担当のみ）
  review show INTERVIEWEE                送付した内容と修正の差分
  review status [CAMPAIGN]               各取材先の確認状況と期限
  export packet INTERVIEWEE -o FILE.pdf|FILE.eml [--template ja|en]
  audit list|export [-o FILE] [--format csv|json] [--since T] [--action A]
        [--actor LOGIN] [--interviewee X]   追記のみの変更履歴
  dashboard [CAMPAIGN]                   件数、公開までの日数、要対応の取材先
  server setup --db postgresql://ADMIN@host:port/db --editor LOGIN --name NAME
        チームサーバーの準備：ロール、権限、最初の編集長（パスワードは標準入力から）
  copy --from FILE|URL --to FILE|URL     空のデータベースへ全レコードを複製（どちらの
                                         エンジンでも）。件数とチェックサムを表示
  transcript, search, answers, quote, slots, schedule, calendar, conflicts：README を参照

企画の取材先を扱うコマンドには --campaign ID を指定します（既定：掲載日が最も新しい企画）。
区分：researcher、vendor、adopter（または区分名）。
終了ステータス：0 成功、2 使い方の誤り、1 その他のエラー（メッセージは標準エラー出力へ）。
</translation>
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
        <source>Mark a quote candidate</source>
        <translation>引用候補の登録</translation>
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
        <location line="+28"/>
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
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../core/scheduling/conflicts.cpp" line="+44"/>
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
        <location filename="../core/services/dashboardservice.cpp" line="+35"/>
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
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 confirmed, %4 interviewed, %5 approved</source>
        <translation>%1：%3件中%2件が確定、取材済み%4件、承認済み%5件</translation>
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
        <location filename="../core/domain/validation.cpp" line="+17"/>
        <location filename="../core/services/rosterservice.cpp" line="+269"/>
        <location filename="../core/services/transcriptservice.cpp" line="+112"/>
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
        <location filename="../core/services/interviewservice.cpp" line="+5"/>
        <location filename="../core/services/schedulingservice.cpp" line="-89"/>
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
        <location line="-70"/>
        <location line="+74"/>
        <source>Unknown time zone: %1</source>
        <translation>不明なタイムゾーンです：%1</translation>
    </message>
    <message>
        <location filename="../core/services/rosterservice.cpp" line="-276"/>
        <source>The question must not be empty.</source>
        <translation>質問を入力してください。</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+129"/>
        <source>%1 has %2 interview(s) on record and cannot be removed. Cancel the interviews first.</source>
        <translation>%1には取材の記録が%2件あるため削除できません。先に取材をキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>There is no question %1 in the category&apos;s list (1 to %2).</source>
        <translation>区分の質問一覧に質問 %1 はありません（1〜%2）。</translation>
    </message>
    <message>
        <location filename="../core/services/answerservice.cpp" line="+13"/>
        <location filename="../core/services/rosterservice.cpp" line="+116"/>
        <source>There is no question %1 in the list (1 to %2).</source>
        <translation>質問一覧に質問 %1 はありません（1〜%2）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This passage is already linked to that question.</source>
        <translation>この箇所はすでにその質問に紐付けられています。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This passage is not linked to that question.</source>
        <translation>この箇所はその質問に紐付けられていません。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The passage %1-%2 is outside the segment&apos;s text (0-%3).</source>
        <translation>範囲 %1-%2 はセグメントの本文（0-%3）の外にあります。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/storage/answerrepository.cpp" line="+109"/>
        <source>There is no quote candidate %1.</source>
        <translation>引用候補 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/services/workspace.cpp" line="-76"/>
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
        <location line="+25"/>
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
        <location filename="../core/storage/campaignrepository.cpp" line="+19"/>
        <source>There is no campaign %1.</source>
        <translation>企画 %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+184"/>
        <location filename="../ui/commands/campaigncommands.cpp" line="-52"/>
        <source>The campaign was changed by someone else in the meantime. Reload it and apply your change again.</source>
        <translation>この企画は、その間に別のユーザーによって変更されました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The campaign has no candidate time %1.</source>
        <translation>この企画に候補日時 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+73"/>
        <source>%1 is not a file.</source>
        <translation>%1はファイルではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or open a copy.</source>
        <translation>データベース %1 は読み取り専用です。ファイルのアクセス権を確認するか、コピーを開いてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+351"/>
        <source>%1 is not a Shuzai database (not an SQLite file).</source>
        <translation>%1はShuzaiのデータベースではありません（SQLiteファイルではありません）。</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Cannot create the folder for the database %1.</source>
        <translation>データベース %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The search index of %1 could not be set up (SQLite without FTS5?).</source>
        <translation>%1 の検索索引を準備できませんでした（SQLite に FTS5 がない可能性があります）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--db needs a file or postgresql://user@host:port/database, not &quot;%1&quot;.</source>
        <translation>--db にはファイル、または postgresql://user@host:port/database を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A database name is lower-case letters, digits and &apos;_&apos;, not &quot;%1&quot;.</source>
        <translation>データベース名は半角小文字・数字・「_」で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Could not create the database %1: %2</source>
        <translation>データベース %1 を作成できませんでした：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is an SQLite file, but not a Shuzai database.</source>
        <translation>%1はSQLiteファイルですが、Shuzaiのデータベースではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 was written by a newer Shuzai (schema %2; this version knows up to %3). Update Shuzai to open it.</source>
        <translation>データベース %1 は新しいバージョンのShuzaiで作成されています（スキーマ %2。このバージョンが対応しているのは %3 までです）。開くにはShuzaiを更新してください。</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+104"/>
        <source>The server %1 cannot be reached. Nothing was saved; Shuzai connects again with your next change.</source>
        <translation>サーバー %1 に接続できません。何も保存していません。次の変更のときに接続し直します。</translation>
    </message>
    <message>
        <location line="-33"/>
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
        <source>The database %1 is damaged. Nothing was saved; open a backup copy (*.bak) or restore the file.</source>
        <translation>データベース %1 が破損しています。何も保存されていません。バックアップ（*.bak）を開くか、ファイルを復元してください。</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>The database %1 reported an error: %2</source>
        <translation>データベース %1 でエラーが発生しました：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/intervieweerepository.cpp" line="+52"/>
        <source>There is no interviewee %1.</source>
        <translation>取材先 %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+27"/>
        <location filename="../ui/commands/rostercommands.cpp" line="-102"/>
        <source>%1 was changed by someone else in the meantime. Reload and apply your change again.</source>
        <translation>%1は、その間に別のユーザーによって変更されました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+37"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-128"/>
        <location filename="../app/cli/transcriptcommands.cpp" line="-205"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>ユーザー「%1」は存在しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="+11"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 には日付を YYYY-MM-DD 形式で指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/interviewcommands.cpp" line="+39"/>
        <source>--minutes needs a number.</source>
        <translation>--minutes には数値を指定してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/interviewcommands.cpp" line="+5"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-18"/>
        <source>Unknown mode &quot;%1&quot; (use online, in_person).</source>
        <translation>不明な取材方法「%1」です（online、in_person のいずれかを指定してください）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>--campaign needs a campaign number.</source>
        <translation>--campaign には企画の番号を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database has no campaign yet.</source>
        <translation>データベースにまだ企画がありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="-61"/>
        <source>--since needs YYYY-MM-DD or YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--since には YYYY-MM-DD または YYYY-MM-DDTHH:MM を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../app/cli/campaigncommands.cpp" line="+40"/>
        <location line="+50"/>
        <location filename="../app/cli/commandline.cpp" line="+181"/>
        <location filename="../app/cli/copycommands.cpp" line="-30"/>
        <location filename="../app/cli/dashboardcommands.cpp" line="-36"/>
        <location filename="../app/cli/exportcommands.cpp" line="-27"/>
        <location filename="../app/cli/interviewcommands.cpp" line="+53"/>
        <location filename="../app/cli/main.cpp" line="+57"/>
        <location filename="../app/cli/outreachcommands.cpp" line="-346"/>
        <location line="+132"/>
        <location line="+92"/>
        <location line="+22"/>
        <location line="+45"/>
        <location line="+9"/>
        <location filename="../app/cli/questioncommands.cpp" line="+12"/>
        <location line="+62"/>
        <location filename="../app/cli/replycommands.cpp" line="-81"/>
        <location filename="../app/cli/reviewcommands.cpp" line="-88"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-97"/>
        <location line="+10"/>
        <location line="+179"/>
        <location line="+20"/>
        <location line="+37"/>
        <location filename="../app/cli/searchcommands.cpp" line="-132"/>
        <location line="+82"/>
        <location line="+62"/>
        <location line="+23"/>
        <location line="+52"/>
        <location line="+4"/>
        <location filename="../app/cli/servercommands.cpp" line="-33"/>
        <location filename="../app/cli/transcriptcommands.cpp" line="+216"/>
        <location line="+11"/>
        <source>Usage: shuzai-cli %1</source>
        <translation>使い方：shuzai-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="-17"/>
        <source>Usage: shuzai-cli campaign list|show ID|edit ID</source>
        <translation>使い方：shuzai-cli campaign list|show ID|edit ID</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Usage: shuzai-cli user list</source>
        <translation>使い方：shuzai-cli user list</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-59"/>
        <source>Unknown option %1. See --help.</source>
        <translation>不明なオプション %1 です。--help を参照してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+20"/>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値を指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The command &quot;%1&quot; has no option --%2. See --help.</source>
        <translation>コマンド「%1」にオプション --%2 はありません。--help を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/intervieweecommands.cpp" line="-207"/>
        <location filename="../app/cli/searchcommands.cpp" line="-243"/>
        <source>Unknown category &quot;%1&quot; (use one of: %2).</source>
        <translation>不明な区分「%1」です（次のいずれかを指定してください：%2）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown attribution &quot;%1&quot; (use undecided, name_affiliation, with_photo, anonymous).</source>
        <translation>不明な掲載形式「%1」です（undecided、name_affiliation、with_photo、anonymous のいずれかを指定してください）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown status &quot;%1&quot; (use one of: %2).</source>
        <translation>不明な状況「%1」です（次のいずれかを指定してください：%2）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>不明な状況「%1」です。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--expect-version needs a version number.</source>
        <translation>--expect-version にはバージョン番号を指定してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: shuzai-cli interviewee add|list|show|edit|remove ...</source>
        <translation>使い方：shuzai-cli interviewee add|list|show|edit|remove ...</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-4"/>
        <location line="+55"/>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown language &quot;%1&quot; (use ja or en).</source>
        <translation>不明な言語「%1」です（ja または en を指定してください）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SHUZAI_NOW needs an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>SHUZAI_NOW には ISO 8601 形式の日時を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../app/cli/questioncommands.cpp" line="-94"/>
        <source>%1 must be a question number, not &quot;%2&quot;.</source>
        <translation>%1には質問番号を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/docxreader.cpp" line="+76"/>
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
        <location line="+8"/>
        <source>The Word document is damaged (%1 at line %2).</source>
        <translation>Word 文書が破損しています（%2 行目：%1）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="+97"/>
        <source>This is not an SRT subtitle file: no cue has a valid timing line (first problem at line %1).</source>
        <translation>SRT 字幕ファイルではありません。正しい時刻行を持つキューがありません（最初の問題は %1 行目）。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/textdecoding.cpp" line="+60"/>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>不明な文字コード「%1」です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>The file is not valid %1 text.</source>
        <translation>このファイルは正しい %1 のテキストではありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/transcripts/transcriptfile.cpp" line="+96"/>
        <source>The file holds binary data, not text.</source>
        <translation>このファイルはテキストではなくバイナリデータです。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The text encoding of the file could not be recognised. Choose the encoding (for example UTF-8, Shift_JIS or EUC-JP) and import again.</source>
        <translation>ファイルの文字コードを判別できませんでした。文字コード（UTF-8、Shift_JIS、EUC-JP など）を指定して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/transcriptfile.cpp" line="-44"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large for a transcript (%1 MB; the limit is %2 MB).</source>
        <translation>書き起こしとしては大きすぎるファイルです（%1 MB。上限は %2 MB）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown transcript format &quot;%1&quot; (use vtt, srt, txt or docx).</source>
        <translation>不明な書き起こし形式「%1」です（vtt、srt、txt、docx のいずれかを指定してください）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is a zip archive, not a %1 transcript.</source>
        <translation>このファイルは zip 形式で、%1 の書き起こしではありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file contains no transcript text.</source>
        <translation>ファイルに書き起こしの本文がありません。</translation>
    </message>
    <message>
        <location filename="../core/transcripts/webvttparser.cpp" line="+68"/>
        <source>This is not a WebVTT file: it does not start with &quot;WEBVTT&quot;.</source>
        <translation>WebVTT ファイルではありません。先頭が「WEBVTT」で始まっていません。</translation>
    </message>
    <message>
        <location filename="../core/services/interviewservice.cpp" line="+9"/>
        <source>The meeting URL is not a valid web address: %1</source>
        <translation>会議 URL が正しいアドレスではありません：%1</translation>
    </message>
    <message>
        <location filename="../core/services/transcriptservice.cpp" line="-91"/>
        <source>%1 part(s) of the file would be skipped (first at line %2: %3). Check them and confirm the import.</source>
        <translation>ファイルの %1 か所が取り込まれません（最初は %2 行目：%3）。内容を確認してから取り込みを確定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text encoding looks like %1 but is not certain. Check the preview and choose the encoding.</source>
        <translation>文字コードは %1 と推定されますが確実ではありません。プレビューを確認して文字コードを選んでください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This file was already imported for this interview (transcript %1).</source>
        <translation>このファイルはこの取材にすでに取り込まれています（書き起こし %1）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A segment&apos;s text must not be empty.</source>
        <translation>セグメントの本文を空にはできません。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The transcript has no speaker &quot;%1&quot; (speakers: %2).</source>
        <translation>この書き起こしに話者「%1」はいません（話者：%2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/answerrepository.cpp" line="-68"/>
        <location filename="../core/storage/transcriptrepository.cpp" line="+31"/>
        <source>There is no transcript segment %1.</source>
        <translation>書き起こしのセグメント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/storage/interviewrepository.cpp" line="+61"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-298"/>
        <source>There is no interview %1.</source>
        <translation>取材 %1 はありません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The interview was changed by someone else in the meantime. Reload and try again.</source>
        <translation>この取材は他の人によって変更されています。読み込み直してから、もう一度操作してください。</translation>
    </message>
    <message>
        <location filename="../core/storage/transcriptrepository.cpp" line="-7"/>
        <source>There is no transcript %1.</source>
        <translation>書き起こし %1 はありません。</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+11"/>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>取り込みを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location filename="../ui/commands/transcriptcommands.cpp" line="-51"/>
        <source>The segment was changed by someone else in the meantime. Reload the transcript and apply your correction again.</source>
        <translation>このセグメントは他の人によって変更されています。書き起こしを読み込み直してから、もう一度修正してください。</translation>
    </message>
    <message>
        <location filename="../core/util/files.cpp" line="+14"/>
        <source>Cannot read the file %1: %2</source>
        <translation>ファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the file %1: %2. Nothing was written.</source>
        <translation>ファイル %1 に書き込めません：%2。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/interviewcommands.cpp" line="-117"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-33"/>
        <location line="+169"/>
        <source>--at needs a date and time such as 2025-05-27T10:00, not &quot;%1&quot;.</source>
        <translation>--at には 2025-05-27T10:00 のような日時を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../app/cli/campaigncommands.cpp" line="-180"/>
        <location line="+7"/>
        <location line="+7"/>
        <location filename="../app/cli/searchcommands.cpp" line="-17"/>
        <source>--%1 needs a number.</source>
        <translation>--%1 には数値を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="-155"/>
        <location filename="../app/cli/transcriptcommands.cpp" line="-313"/>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 には数値を指定してください（「%2」は使えません）。</translation>
    </message>
    <message>
        <location filename="../app/cli/transcriptcommands.cpp" line="+23"/>
        <source>Interview %1 has no transcript yet.</source>
        <translation>取材 %1 にはまだ書き起こしがありません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--map needs LABEL=interviewee, LABEL=interviewer[:LOGIN] or LABEL=other, not &quot;%1&quot;.</source>
        <translation>--map には LABEL=interviewee、LABEL=interviewer[:LOGIN]、LABEL=other のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>--expect-revision needs a number.</source>
        <translation>--expect-revision には数値を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/calendar/icalendar.cpp" line="+188"/>
        <source>%1 is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>%1 は iCalendar ファイルではありません。先頭が BEGIN:VCALENDAR ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be read as an iCalendar file.</source>
        <translation>%1 を iCalendar ファイルとして読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds no calendar.</source>
        <translation>%1 にはカレンダーが含まれていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has an event libical cannot read (%2). Nothing was imported.</source>
        <translation>%1 に読み込めない予定があります（%2）。何も取り込まれていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has an event without a start time. Nothing was imported.</source>
        <translation>%1 に開始日時のない予定があります。何も取り込まれていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has an event with an invalid start or end. Nothing was imported.</source>
        <translation>%1 に開始または終了が不正な予定があります。何も取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/services/schedulingservice.cpp" line="-197"/>
        <source>Interview %1 has no date yet.</source>
        <translation>取材 %1 の日時はまだ決まっていません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+95"/>
        <source>Choose a date and time for the interview.</source>
        <translation>取材の日時を指定してください。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Interview %1 is cancelled.</source>
        <translation>取材 %1 はキャンセルされています。</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>An invitation needs the editor&apos;s e-mail address as its organizer: set it in the campaign settings.</source>
        <translation>招待には主催者として編集者のメールアドレスが必要です。企画設定で入力してください。</translation>
    </message>
    <message>
        <location filename="../core/services/campaignservice.cpp" line="-37"/>
        <source>A candidate time needs a day and a start before its end.</source>
        <translation>候補日時には日付と、終了より前の開始時刻が必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The candidate time overlaps %1 %2-%3.</source>
        <translation>この候補日時は %1 %2-%3 と重なっています。</translation>
    </message>
    <message>
        <location filename="../core/outreach/letter.cpp" line="+165"/>
        <source>The letter template has a problem: %1</source>
        <translation>依頼状のテンプレートに問題があります：%1</translation>
    </message>
    <message>
        <location filename="../core/outreach/mailmessage.cpp" line="+60"/>
        <source>The message has no recipient.</source>
        <translation>メッセージに宛先がありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>This line cannot be sent in ISO-2022-JP (a character outside JIS X 0208): %1</source>
        <translation>この行は ISO-2022-JP では送れません（JIS X 0208 にない文字があります）：%1</translation>
    </message>
    <message>
        <location filename="../core/services/outreachservice.cpp" line="-207"/>
        <source>Letter templates exist in ja and en, not &quot;%1&quot;.</source>
        <translation>依頼状テンプレートは ja と en のみです（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The template was not saved: %1</source>
        <translation>テンプレートを保存しませんでした：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The letter still has parts to fill in (%1). Complete them before it is sent.</source>
        <translation>依頼状に未記入の箇所があります（%1）。送信前に記入してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/services/reviewservice.cpp" line="+147"/>
        <source>%1 has no e-mail address.</source>
        <translation>%1 にはメールアドレスがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/services/reviewservice.cpp" line="+5"/>
        <source>Set the editor&apos;s e-mail address in the campaign settings: letters are sent from it.</source>
        <translation>企画設定で編集者のメールアドレスを入力してください。依頼状はこのアドレスから送信されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/outreachcommands.cpp" line="-344"/>
        <source>No SMTP server: give --smtp smtp://user@host:port, or save one with &quot;shuzai-cli smtp account set&quot;.</source>
        <translation>SMTP サーバーがありません。--smtp smtp://user@host:port を指定するか、「shuzai-cli smtp account set」で保存してください。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Not sent: the mail server or the account failed for an earlier letter.</source>
        <translation>未送信：先の依頼状でメールサーバーまたはアカウントのエラーが起きました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 letter(s) could not be sent.</source>
        <translation>%2 通中 %1 通の依頼状を送信できませんでした。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is empty; to go back to the built-in template use &quot;outreach template reset&quot;.</source>
        <translation>%1 は空です。標準のテンプレートに戻すには「outreach template reset」を使ってください。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No SMTP account is saved.</source>
        <translation>SMTP アカウントは保存されていません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP address needs a user name (smtp://user@host:port).</source>
        <translation>SMTP のアドレスにはユーザー名が必要です（smtp://user@host:port）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/servercommands.cpp" line="+12"/>
        <source>Give the password on standard input.</source>
        <translation>パスワードを標準入力から渡してください。</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Unknown charset &quot;%1&quot; (use utf-8 or iso-2022-jp).</source>
        <translation>不明な文字コード「%1」です（utf-8 または iso-2022-jp を指定してください）。</translation>
    </message>
    <message>
        <location filename="../core/outreach/smtpclient.cpp" line="+42"/>
        <source>No certificate could be read from %1.</source>
        <translation>%1 から証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The mail server %1 does not offer STARTTLS; nothing was sent.</source>
        <translation>メールサーバー %1 は STARTTLS に対応していません。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The mail server %1 refused &quot;%2&quot;: %3</source>
        <translation>メールサーバー %1 が「%2」を拒否しました：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secure connection to %1 failed: %2. Nothing was sent.</source>
        <translation>%1 との暗号化接続に失敗しました：%2。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server %1 could not be reached or stopped answering: %2</source>
        <translation>メールサーバー %1 に接続できないか、応答がありません：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--smtp needs smtp://user@host:port, not &quot;%1&quot;.</source>
        <translation>--smtp には smtp://user@host:port の形式で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--tls needs none, starttls or implicit, not &quot;%1&quot;.</source>
        <translation>--tls には none、starttls、implicit のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replycommands.cpp" line="+69"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>「%1」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <location filename="../core/outreach/passwordstore.cpp" line="+27"/>
        <source>The keychain holds no password for %1.</source>
        <translation>キーチェーンに %1 のパスワードがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access to the password for %1.</source>
        <translation>キーチェーンが %1 のパスワードへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keychain is available (%1), so the password for %2 cannot be kept: give it each time (Shuzai never writes it to disk).</source>
        <translation>システムのキーチェーンを利用できないため（%1）、%2 のパスワードを保存できません。毎回入力してください（Shuzai がディスクに書き込むことはありません）。</translation>
    </message>
    <message>
        <location filename="../ui/outreach/outreachpanel.cpp" line="+108"/>
        <location line="+3"/>
        <source>No letter is selected.</source>
        <translation>依頼状が選択されていません。</translation>
    </message>
    <message>
        <location filename="../core/print/pdfrender.cpp" line="+17"/>
        <source>A PDF can only be made with fonts available (no graphical session here).</source>
        <translation>フォントを利用できないため PDF を作成できません（画面環境がありません）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PDF could not be made.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/services/reviewservice.cpp" line="-398"/>
        <source>Nothing has been sent to %1 for review yet.</source>
        <translation>%1 さんにはまだ確認用の資料を送っていません。</translation>
    </message>
    <message>
        <location line="+93"/>
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
        <location line="+80"/>
        <location line="+110"/>
        <source>The review of %1 is closed (%2).</source>
        <translation>%1 さんの確認は終了しています（%2）。</translation>
    </message>
    <message>
        <location line="-104"/>
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
        <location filename="../app/cli/exportcommands.cpp" line="-7"/>
        <source>--template needs ja or en here, not &quot;%1&quot;.</source>
        <translation>ここでの --template には ja か en を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="-25"/>
        <source>--channel needs email, pdf or other, not &quot;%1&quot;.</source>
        <translation>--channel には email、pdf、other のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <location filename="../core/storage/enginecopy.cpp" line="+94"/>
        <source>%1 and %2 have different schema versions; open both with this Shuzai first.</source>
        <translation>%1 と %2 のスキーマのバージョンが異なります。先にこの Shuzai で両方を開いてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already holds data (%2); copy into an empty database.</source>
        <translation>%1 にはすでにデータがあります（%2）。空のデータベースに複製してください。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The copy of table %1 differs from the original (%2 rows, %3 copied); nothing was kept.</source>
        <translation>表 %1 の複製が元と一致しません（元 %2 行、複製 %3 行）。何も保存していません。</translation>
    </message>
    <message>
        <location filename="../ui/roster/rosterscreen.cpp" line="+405"/>
        <source>The newer version is shown; make your change again if it is still needed.</source>
        <translation>新しい内容を表示しました。必要であれば、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+384"/>
        <source>Enter the password for %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../core/outreach/letter.cpp" line="-20"/>
        <source>Line %1: unknown placeholder %2</source>
        <translation>%1 行目：不明な差し込み項目 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: malformed placeholder in &quot;%2&quot;</source>
        <translation>%1 行目：差し込み項目の書き方が正しくありません（「%2」）</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+5"/>
        <source>Line %1: still to fill in: %2</source>
        <translation>%1 行目：未記入の箇所があります：%2</translation>
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
    <name>Transcript</name>
    <message>
        <location filename="../core/transcripts/srtparser.cpp" line="-37"/>
        <location filename="../core/transcripts/webvttparser.cpp" line="+44"/>
        <source>Text without a cue timing line</source>
        <translation>時刻行のないテキスト</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/transcripts/webvttparser.cpp" line="+7"/>
        <source>Invalid cue timing</source>
        <translation>不正なキューの時刻</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/transcripts/webvttparser.cpp" line="+7"/>
        <source>Cue without text</source>
        <translation>本文のないキュー</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+32"/>
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
        <location line="+22"/>
        <source>Shuzai</source>
        <translation>Shuzai</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AnswerMatrixModel</name>
    <message>
        <location filename="../ui/answers/answermatrixmodel.cpp" line="+53"/>
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
        <location filename="../ui/dashboard/atriskmodel.cpp" line="+53"/>
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
        <location filename="../ui/audit/auditlogmodel.cpp" line="+143"/>
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
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewee</source>
        <translation>取材先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::AuditScreen</name>
    <message numerus="yes">
        <location filename="../ui/audit/auditscreen.cpp" line="+64"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n件の変更</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+43"/>
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
    <name>shuzai::ui::CalendarScreen</name>
    <message>
        <location filename="../ui/calendar/calendarscreen.cpp" line="+118"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <location line="+3"/>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 〜 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+31"/>
        <source>Book interview</source>
        <translation>取材の予約</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Add the interviewee to the roster first.</source>
        <translation>先に取材先一覧に取材先を追加してください。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Interview</source>
        <translation>取材</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Save invitation</source>
        <translation>招待の保存</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+15"/>
        <location line="+10"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Export calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import busy times</source>
        <translation>予定の取り込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move interview</source>
        <translation>取材日時の変更</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::CampaignSettingsDialog</name>
    <message>
        <location filename="../ui/campaign/campaignsettingsdialog.cpp" line="+31"/>
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
        <location line="+27"/>
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
    <name>shuzai::ui::CorrectionDialog</name>
    <message>
        <location filename="../ui/review/correctiondialog.cpp" line="+19"/>
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
        <location filename="../ui/dashboard/dashboardscreen.cpp" line="+39"/>
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
        <location line="+70"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n day(s) to publication (%1); review answers due %2</source>
        <translation>
            <numerusform>公開まであと%n日（%1）・確認の回答期限 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Published %n day(s) ago (%1)</source>
        <translation>
            <numerusform>公開から%n日経過（%1）</numerusform>
        </translation>
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
    <name>shuzai::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/transcripts/importpreviewdialog.cpp" line="+24"/>
        <source>Import %1</source>
        <translation>%1 の取り込み</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>Line %1: %2 — %3</source>
        <translation>%1 行目：%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beginning of the transcript:</source>
        <translation>書き起こしの冒頭：</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n part(s) will be skipped:</source>
        <translation>
            <numerusform>%n か所は取り込まれません：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::InterviewDialog</name>
    <message>
        <location filename="../ui/calendar/interviewdialog.cpp" line="+37"/>
        <source>Tentative (held until confirmed)</source>
        <translation>仮予約（確定まで押さえる）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book interview</source>
        <translation>取材の予約</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interview</source>
        <translation>取材</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not assigned)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+6"/>
        <source>Cancel interview</source>
        <translation>取材をキャンセル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm booking</source>
        <translation>予約を確定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save invitation (.ics)…</source>
        <translation>招待を保存（.ics）…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>For the interviewee: %1 %2 (%3)</source>
        <translation>取材先の現地時刻：%1 %2（%3）</translation>
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
        <location filename="../ui/roster/intervieweedialog.cpp" line="+86"/>
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
        <location line="+1"/>
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
        <location line="+31"/>
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
</context>
<context>
    <name>shuzai::ui::LetterDialog</name>
    <message>
        <location filename="../ui/outreach/letterdialog.cpp" line="+34"/>
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
        <location line="+15"/>
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
        <location line="+64"/>
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
    <name>shuzai::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="-333"/>
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
        <location line="+142"/>
        <source>About Shuzai</source>
        <translation>Shuzaiについて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Shuzai (取材) %1&lt;/b&gt;&lt;p&gt;A workbench for interview-based feature articles: roster, outreach, scheduling, transcripts and review.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shuzai（取材）%1&lt;/b&gt;&lt;p&gt;インタビュー記事制作のためのワークベンチ：取材先一覧、取材依頼、日程調整、文字起こし、原稿確認。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Shuzai</source>
        <translation>Shuzaiについて(&amp;A)</translation>
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
        <location line="+61"/>
        <source>Shuzai</source>
        <translation>Shuzai</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>%1 — Shuzai</source>
        <translation>%1 — Shuzai</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Campaigns</source>
        <translation>企画一覧</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Campaign settings</source>
        <translation>企画設定</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Shuzai databases (*.db *.sqlite);;All files (*)</source>
        <translation>Shuzaiデータベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::MatrixScreen</name>
    <message numerus="yes">
        <location filename="../ui/answers/matrixscreen.cpp" line="+58"/>
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
    <name>shuzai::ui::OutreachHistoryModel</name>
    <message>
        <location filename="../ui/outreach/outreachhistorymodel.cpp" line="+77"/>
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
        <location line="+6"/>
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
    <message>
        <location line="+15"/>
        <source>Prefers: %1</source>
        <translation>希望日時：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>日時</translation>
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
        <location filename="../ui/outreach/outreachpanel.cpp" line="-51"/>
        <source>Outreach</source>
        <translation>依頼</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+46"/>
        <source>Record reply</source>
        <translation>返信の記録</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../ui/outreach/replydialog.cpp" line="+15"/>
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
        <location line="+4"/>
        <source>e.g. 5月28日（水）15:00-16:00</source>
        <translation>例：5月28日（水）15:00-16:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reply:</source>
        <translation>返信(&amp;R)：</translation>
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
        <location filename="../ui/review/reviewscreen.cpp" line="+91"/>
        <source>%1 of %n approved; answers due %2</source>
        <translation>
            <numerusform>%n人中%1人が承認済み・回答期限 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+76"/>
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
        <location line="+3"/>
        <source>Sent %1 by %2 (%3); answer due %4</source>
        <translation>%1 に %2 が送付（%3）・回答期限 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided %1 by %2</source>
        <translation>%1 に %2 が記録</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+7"/>
        <source>Save packet</source>
        <translation>確認用資料の保存</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <location filename="../ui/roster/rostermodel.cpp" line="+120"/>
        <source>No reply to the letter of %1: follow up.</source>
        <translation>%1 に送った依頼状への返信がありません。催促してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location filename="../ui/roster/rosterscreen.cpp" line="-356"/>
        <location line="+112"/>
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
        <location line="+7"/>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+34"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
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
</context>
<context>
    <name>shuzai::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/search/searchresultmodel.cpp" line="+36"/>
        <source>%1 — notes</source>
        <translation>%1 — メモ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 %3 %4</source>
        <translation>%1 — %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SearchScreen</name>
    <message>
        <location filename="../ui/search/searchscreen.cpp" line="+87"/>
        <location line="+70"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+56"/>
        <source>%n hit(s) shown (%1 ms)</source>
        <translation>
            <numerusform>%n 件を表示（%1 ミリ秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SegmentModel</name>
    <message>
        <location filename="../ui/transcripts/segmentmodel.cpp" line="+174"/>
        <source>Corrected. As imported: %1</source>
        <translation>修正済み。取り込み時：%1</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <source>Text</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::SendLettersDialog</name>
    <message>
        <location filename="../ui/outreach/senddialog.cpp" line="+34"/>
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
        <location line="+17"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+2"/>
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
        <location filename="../ui/shell/serverdialog.cpp" line="+17"/>
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
        <location filename="../ui/transcripts/speakerdialog.cpp" line="+15"/>
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
        <location filename="../ui/transcripts/transcriptview.cpp" line="+63"/>
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
        <location line="+72"/>
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
        <location line="+3"/>
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
        <location line="+19"/>
        <source>Link as answer to</source>
        <translation>回答として紐付ける</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link answer</source>
        <translation>回答の紐付け</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark as quote candidate</source>
        <translation>引用候補にする</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote candidate</source>
        <translation>引用候補</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::TranscriptsScreen</name>
    <message>
        <location filename="../ui/transcripts/transcriptsscreen.cpp" line="+90"/>
        <source>Transcripts</source>
        <translation>書き起こし</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <source>New interview</source>
        <translation>取材を追加</translation>
    </message>
    <message>
        <location line="-118"/>
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
        <location line="+40"/>
        <source>Interview %1 (not scheduled)</source>
        <translation>取材 %1（日程未定）</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+48"/>
        <source>Import transcript</source>
        <translation>書き起こしの取り込み</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Transcripts (*.vtt *.srt *.txt *.docx);;All files (*)</source>
        <translation>書き起こし (*.vtt *.srt *.txt *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

File: %2</source>
        <translation>%1

ファイル：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Speakers</source>
        <translation>話者</translation>
    </message>
</context>
<context>
    <name>shuzai::ui::WindowsDialog</name>
    <message>
        <location filename="../ui/calendar/windowsdialog.cpp" line="+35"/>
        <location line="+54"/>
        <location line="+15"/>
        <source>Candidate times</source>
        <translation>候補日時</translation>
    </message>
    <message>
        <location line="-64"/>
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
</context>
</TS>
