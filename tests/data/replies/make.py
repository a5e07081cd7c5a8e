#!/usr/bin/env python3
"""Makes the reply fixtures in this folder: replies written for these tests to the sample
campaign's request letter, as mail clients send them (Gmail, Outlook, Thunderbird, Apple Mail
quoting; ISO-2022-JP, Shift_JIS (CP932, with ①), UTF-8 in base64, quoted-printable and 8bit),
each NN-name.eml with NN-name.json giving the proposal expected. Run it from this folder:
    /usr/bin/python3 make.py
The campaign (tests/core/replyreading_test.cpp): the sample campaign (slots of 60 minutes,
2025-05-27..31, Asia/Tokyo) with 28 May 10:00 booked; the letter went out on Tuesday 20 May
2025 at 10:00 JST. The replies in unseen/ were written with the others, before the rules, and
are never used to tune them: the test measures them apart."""
import base64
import json
import pathlib
import quopri

HERE = pathlib.Path(__file__).parent

# The letter as the interviewee received it (text/plain, as Shuzai writes it), with the free
# candidate slots: quoted replies carry it, so the reader must cut it away.
LETTER = """山田 太郎 様

拝啓

時下ますますご清栄のこととお喜び申し上げます。
AI Tech Media編集部の[編集長名]でございます。

この度、弊メディアでは「小規模言語モデル（SLM）実装ガイド：日本企業のための段階的アプローチ」と題した実務者向けの特集記事を2025年6月12日に公開予定です。

【インタビュー概要】

・所要時間: 60分程度
・実施方法: オンライン会議（Zoom）または対面
・実施時期: 2025年5月27日〜31日（ご都合の良い日時をお知らせください）

【お願い】

ご多忙の折、誠に恐縮ではございますが、本インタビューへのご協力をご検討いただけますと幸いです。ご回答いただける場合は、以下の候補日時の中からご都合の良い時間帯をお知らせください。

【候補日時】
・5月27日（火）10:00-12:00, 13:00-17:00
・5月28日（水）11:00-12:00, 15:00-17:00
・5月29日（木）13:00-17:00
・5月30日（金）10:00-12:00, 13:00-16:00
・5月31日（土）10:00-12:00（必要に応じて）

なお、インタビュー内容は記事掲載前にご確認いただき、必要に応じて修正いただける機会を設けております。

何かご不明点やご質問がございましたら、お気軽にお問い合わせください。ご検討のほど、何卒よろしくお願い申し上げます。

敬具

---

AI Tech Media 編集部
Email: editor@aitechmedia.jp
Tel: 03-XXXX-XXXX
Web: https://www.aitechmedia.jp
"""

SUBJECT = "AI Tech Media「小規模言語モデル（SLM）実装ガイド：日本企業のための段階的アプローチ」記事取材のお願い"
EDITOR = "AI Tech Media 編集部 <editor@aitechmedia.jp>"


def quoted(text, mark="> "):
    return "\n".join((mark + line).rstrip() if line else mark.rstrip() for line in text.split("\n"))


# How each client puts the original under the reply.
def gmail_ja(body):
    return body + "\n\n2025年5月20日(火) 10:00 AI Tech Media 編集部 <editor@aitechmedia.jp>:\n\n" + quoted(LETTER)


def gmail_en(body):
    # Gmail wraps its attribution line when it is long.
    return (body + "\n\nOn Tue, May 20, 2025 at 10:00 AM AI Tech Media 編集部 <\neditor@aitechmedia.jp> wrote:\n\n"
            + quoted(LETTER))


def outlook_ja(body):
    return (body + "\n\n________________________________\n差出人: AI Tech Media 編集部 <editor@aitechmedia.jp>\n"
            "送信日時: 2025年5月20日 10:00\n宛先: 山田 太郎 <yamada@example.co.jp>\n件名: " + SUBJECT + "\n\n" + LETTER)


def outlook_en(body):
    return (body + "\n\n-----Original Message-----\nFrom: AI Tech Media <editor@aitechmedia.jp>\n"
            "Sent: Tuesday, May 20, 2025 10:00 AM\nTo: someone@example.com\nSubject: " + SUBJECT + "\n\n" + LETTER)


def outlook_ja_original(body):
    return (body + "\n\n-----元のメッセージ-----\n差出人: AI Tech Media 編集部 [mailto:editor@aitechmedia.jp]\n"
            "送信日時: 2025年5月20日 10:00\n宛先: yamada@example.co.jp\n件名: " + SUBJECT + "\n\n" + LETTER)


def thunderbird_ja(body):
    return body + "\n\n2025/05/20 10:00 に AI Tech Media 編集部 さんは書きました:\n" + quoted(LETTER)


def thunderbird_en(body):
    return body + "\n\nOn 20/05/2025 10:00, AI Tech Media wrote:\n" + quoted(LETTER)


def apple_ja(body):
    return body + "\n\n2025/05/20 10:00、AI Tech Media 編集部 <editor@aitechmedia.jp>のメール:\n\n" + quoted(LETTER)


def apple_en(body):
    return body + "\n\n> On May 20, 2025, at 10:00, AI Tech Media <editor@aitechmedia.jp> wrote:\n> \n" + quoted(LETTER)


def fullwidth_quote(body):
    # Some Japanese clients quote with a full-width ＞.
    return body + "\n\n＞ 2025/05/20 10:00 AI Tech Media 編集部 さんは書きました:\n" + quoted(LETTER, "＞")


def forwarded_gmail(body):
    return (body + "\n\n---------- Forwarded message ---------\nFrom: AI Tech Media 編集部 <editor@aitechmedia.jp>\n"
            "Date: 2025年5月20日(火) 10:00\nSubject: " + SUBJECT + "\nTo: <suzuki@example.co.jp>\n\n\n" + LETTER)


def forwarded_thunderbird(body):
    return (body + "\n\n-------- 転送されたメッセージ --------\n件名: 	" + SUBJECT + "\n日付: 	Tue, 20 May 2025 10:00:00 +0900\n"
            "差出人: 	AI Tech Media 編集部 <editor@aitechmedia.jp>\n宛先: 	kato@example.ac.jp\n\n" + LETTER)


def no_quote(body):
    return body


SIG_DASH = "\n\n-- \n山田 太郎\n株式会社ミライAI 研究開発部\nTEL: 03-1234-5678 / 090-1111-2222\n"
SIG_RULE = ("\n\n━━━━━━━━━━━━━━━━━━━━━\n株式会社サンプルシステムズ 広報部\n田中 花子\n〒100-0005 東京都千代田区丸の内1-2-3\n"
            "TEL 03-5555-1234（平日 9:30〜18:00）\n━━━━━━━━━━━━━━━━━━━━━\n")
SIG_EN = "\n\n-- \nJohn Miller | Head of ML, Example Labs\n+1 (415) 555-0199 | Mon-Fri 9am-6pm PT\n"

# Slot starts in JST, written as "27 10:00".
def starts(*items):
    out = []
    for item in items:
        day, hm = item.split(" ")
        h, m = hm.split(":")
        utc_h = int(h) - 9
        d = int(day)
        if utc_h < 0:
            utc_h += 24
            d -= 1
        out.append(f"2025-05-{d:02d}T{utc_h:02d}:{m}:00Z")
    return out


ALL_FREE = starts("27 10:00", "27 11:00", "27 13:00", "27 14:00", "27 15:00", "27 16:00",
                  "28 11:00", "28 15:00", "28 16:00",
                  "29 13:00", "29 14:00", "29 15:00", "29 16:00",
                  "30 10:00", "30 11:00", "30 13:00", "30 14:00", "30 15:00",
                  "31 10:00", "31 11:00")

# name, unseen, quoting, charset, transfer, intent, starts, body, options
REPLIES = [
    ("01-polite-ja-28-15", False, gmail_ja, "utf-8", "quoted-printable", "accepts", starts("28 15:00"),
     "AI Tech Media 編集部 御中\n\nいつもお世話になっております。株式会社ミライAIの山田です。\nこの度は取材のご依頼をいただき、誠にありがとうございます。\n喜んでお受けいたします。\n\n日程につきましては、5月28日（水）の15時からでお願いできますでしょうか。\nオンライン（Zoom）での実施を希望いたします。\n\n何卒よろしくお願い申し上げます。" + SIG_DASH, {}),
    ("02-terse-ja-5-27-10", False, thunderbird_ja, "iso-2022-jp", "7bit", "accepts", starts("27 10:00"),
     "承知しました。5/27 10時〜でお願いします。\n佐藤", {}),
    ("03-wednesday-afternoon", False, apple_ja, "utf-8", "base64", "accepts", starts("28 15:00", "28 16:00"),
     "ご連絡ありがとうございます。\n水曜の午後なら対応可能です。\nよろしくお願いいたします。\n\niPhoneから送信", {}),
    ("04-english-tuesday-1pm-jst", False, gmail_en, "utf-8", "7bit", "accepts", starts("27 13:00"),
     "Hi,\n\nThanks for reaching out. I'd be happy to do the interview.\nTuesday 27th at 1pm JST works for me.\n\nBest,\nJohn" + SIG_EN, {}),
    ("05-decline-regulations", True, outlook_ja, "iso-2022-jp", "7bit", "declines", [],
     "AI Tech Media 編集部\nご担当者様\n\nお世話になっております。\n大変光栄なお話をいただきありがとうございます。\n誠に恐縮ながら、社内規定により今回の取材は辞退させていただきます。\nまたの機会がございましたら、よろしくお願いいたします。" + SIG_RULE, {}),
    ("06-question-anonymous", False, gmail_ja, "utf-8", "base64", "asks", [],
     "お世話になっております。\n取材の件、前向きに検討しております。\n匿名での掲載の場合、社名も伏せていただけるのでしょうか。\nまた、記事公開前の確認の流れについて教えていただけますか。" + SIG_DASH, {}),
    ("07-first-second-choice-sjis", False, outlook_ja, "shift_jis", "8bit", "accepts", starts("29 14:00", "30 10:00"),
     "お世話になっております。\n下記の日程でお願いできれば幸いです。\n\n①第一希望：5月29日（木）14:00〜15:00\n②第二希望：5月30日（金）10:00〜11:00\n\nどうぞよろしくお願いいたします。" + SIG_RULE, {}),
    ("08-27-hard-28-fine", False, thunderbird_ja, "utf-8", "quoted-printable", "accepts", starts("28 15:00", "28 16:00"),
     "ご依頼ありがとうございます。\n27日は終日難しいのですが、28日でしたら午後いずれの時間でも大丈夫です。\nよろしくお願いいたします。", {}),
    ("09-any-of-them", True, gmail_ja, "utf-8", "base64", "accepts", ALL_FREE,
     "ご依頼の件、お受けします。\n候補日時のいずれでも対応可能ですので、ご都合のよい日時をご指定ください。", {}),
    ("10-outlook-en-range", False, outlook_en, "utf-8", "quoted-printable", "accepts", starts("30 13:00", "30 14:00"),
     "Hello,\n\nI'm happy to help. I'm free on May 30 between 1pm and 3pm (JST).\n\nRegards,\nEmma", {}),
    ("11-booked-slot", False, gmail_ja, "utf-8", "base64", "accepts", [],
     "28日（水）10時からでお願いします。", {}),
    ("12-after-six", False, apple_ja, "utf-8", "quoted-printable", "accepts", [],
     "ありがとうございます。\n5月27日の18時以降でしたら可能です。", {}),
    ("13-next-tuesday-morning", True, thunderbird_ja, "iso-2022-jp", "7bit", "accepts", starts("27 10:00", "27 11:00"),
     "ご連絡ありがとうございます。\n来週火曜の午前中はいかがでしょうか。", {}),
    ("14-ambiguous-will-check", False, outlook_ja, "utf-8", "base64", "unclear", [],
     "ご連絡ありがとうございます。\n社内で確認のうえ、改めてご連絡いたします。\n少々お時間をいただけますと幸いです。" + SIG_RULE, {}),
    ("15-english-decline", False, gmail_en, "utf-8", "7bit", "declines", [],
     "Dear editors,\n\nThank you for thinking of me. Unfortunately I will not be able to take part this time, as I am travelling for most of May.\n\nKind regards,\nJohn" + SIG_EN, {}),
    ("16-pacific-time", False, gmail_en, "utf-8", "quoted-printable", "accepts", starts("28 15:00", "30 13:00"),
     "Hi,\n\nHappy to join. Tuesday May 27 at 11pm PT works for me, or Thursday May 29 at 9pm PT.\n\nThanks,\nJohn" + SIG_EN, {}),
    ("17-cet", True, thunderbird_en, "utf-8", "7bit", "accepts", starts("29 14:00"),
     "Hello,\n\nThursday 29th at 7am CET would suit me.\n\nBest regards,\nKlaus", {}),
    ("18-terse-three-options", False, thunderbird_ja, "utf-8", "8bit", "accepts", starts("27 13:00", "29 15:00", "30 11:00"),
     "27日(火)13時、29日(木)15時、30日(金)11時のいずれかでお願いします。", {}),
    ("19-range-fullwidth-tilde", False, apple_ja, "utf-8", "base64", "accepts", starts("30 13:00", "30 14:00", "30 15:00"),
     "承知いたしました。\n5月30日 13:00～16:00 の間でしたら、どの時間でも構いません。", {}),
    ("20-forwarded-by-pr", False, forwarded_gmail, "utf-8", "base64", "accepts", starts("29 13:00", "29 14:00", "29 15:00", "29 16:00"),
     "AI Tech Media 編集部 ご担当者様\n\n弊社代表の鈴木宛にいただいたご依頼を、広報の私（田中）が引き継ぎました。\n鈴木は5月29日（木）の午後であれば対応可能です。\nよろしくお願いいたします。" + SIG_RULE, {}),
    ("21-saturday-morning", True, gmail_ja, "utf-8", "quoted-printable", "accepts", starts("31 10:00"),
     "土曜日の午前でもよろしければ、31日の10時からお願いします。", {}),
    ("22-english-any", False, apple_en, "utf-8", "quoted-printable", "accepts", ALL_FREE,
     "Any of the proposed times works for me - pick whichever suits you best.\n\nSent from my iPhone", {}),
    ("23-friday-morning-en", False, outlook_en, "utf-8", "base64", "accepts", starts("30 10:00", "30 11:00"),
     "Hi,\n\nI could do Friday morning, 10am or 11am Tokyo time.\n\nCheers,\nEmma", {}),
    ("24-decline-travel", False, outlook_ja_original, "shift_jis", "base64", "declines", [],
     "申し訳ございませんが、その期間は海外出張のため都合がつかず、今回は見送らせていただきます。\nお声がけいただきありがとうございました。", {}),
    ("25-question-en", True, outlook_en, "utf-8", "7bit", "asks", [],
     "Hello,\n\nBefore I commit, could you tell me whether the interview will be recorded, and who else is being interviewed for this piece?\n\nThanks,\nEmma", {}),
    ("26-outlook-ja-no-markers", False, outlook_ja, "iso-2022-jp", "7bit", "accepts", starts("30 13:00"),
     "ご依頼ありがとうございます。\n30日（金）の13時からであれば伺えます。対面でも可能です。", {}),
    ("27-half-past", False, gmail_ja, "utf-8", "base64", "accepts", [],
     "27日の14時半からは可能でしょうか？", {}),
    ("28-fullwidth-digits", False, thunderbird_ja, "iso-2022-jp", "7bit", "accepts", starts("27 15:00"),
     "５月２７日（火）１５：００〜でお願い致します。", {}),
    ("29-weekday-mismatch", True, apple_ja, "utf-8", "base64", "accepts", starts("29 13:00"),
     "29日（水）の13時でお願いします。", {}),
    ("30-wed-or-thu-afternoon", False, gmail_en, "utf-8", "7bit", "accepts", starts("28 15:00", "28 16:00", "29 13:00", "29 14:00", "29 15:00", "29 16:00"),
     "Wednesday or Thursday afternoon would be best for me.\n\nJohn", {}),
    ("31-pm-3-two-days", False, fullwidth_quote, "shift_jis", "8bit", "accepts", starts("28 15:00", "29 15:00"),
     "午後3時からでしたら、28日か29日のどちらでも大丈夫です。", {}),
    ("32-decline-conference", False, thunderbird_ja, "utf-8", "quoted-printable", "declines", [],
     "27日から31日は学会のため、残念ながら難しい状況です。\n今回はご辞退申し上げます。", {}),
    ("33-circled-options-sjis", True, outlook_ja, "shift_jis", "base64", "accepts", starts("30 15:00", "27 16:00"),
     "以下の候補で調整いただけますと幸いです。\n① 5月30日（金）15:00〜\n② 5月27日（火）16:00〜" + SIG_RULE, {}),
    ("34-uk-date", False, thunderbird_en, "utf-8", "7bit", "accepts", starts("27 16:00"),
     "Dear editor,\n\n27 May at 16:00 (JST) would suit me.\n\nBest wishes,\nSarah", {}),
    ("35-evening", False, gmail_ja, "utf-8", "quoted-printable", "accepts", starts("27 16:00"),
     "夕方の時間帯でしたら、27日か30日で調整可能です。", {}),
    ("36-gmail-ja-13-30", False, gmail_ja, "utf-8", "base64", "accepts", [],
     "13:30〜14:30で29日はいかがでしょう", {}),
    ("37-question-june", True, apple_ja, "utf-8", "base64", "asks", [],
     "ご依頼ありがとうございます。\n5月末は立て込んでおりまして、6月に入ってからの日程は難しいでしょうか？", {}),
    ("38-rule-signature", False, thunderbird_ja, "iso-2022-jp", "7bit", "accepts", starts("29 13:00", "29 14:00"),
     "お世話になっております。\n5/29 13:00-15:00で調整可能です。" + SIG_RULE, {}),
    ("39-en-works-for-me", False, outlook_en, "utf-8", "quoted-printable", "accepts", starts("28 15:00"),
     "May 28, 3pm JST works for me. Online is fine.\n\nEmma", {}),
    ("40-accept-no-time", False, outlook_ja_original, "iso-2022-jp", "7bit", "accepts", [],
     "お受けいたします。\n日程は改めて調整させてください。", {}),
    ("41-en-cannot-tuesday", True, gmail_en, "utf-8", "7bit", "accepts", starts("28 16:00"),
     "I can't make Tuesday, but Wednesday at 4pm JST is fine.\n\nJohn", {}),
    ("42-london-local-time", False, gmail_ja, "utf-8", "base64", "accepts", starts("29 15:00"),
     "ロンドンにおりますので、時刻は現地時間で書いております。\n29日（木）の朝7時からでいかがでしょうか。", {"senderZone": "Europe/London"}),
    ("43-new-york-sender", False, apple_en, "utf-8", "7bit", "accepts", starts("29 14:00"),
     "How about Thursday May 29 at 1am? I know it's early, but I'm on the East Coast and happy to do it.", {"senderZone": "America/New_York"}),
    ("44-html-alternative", False, outlook_ja, "utf-8", "html", "accepts", starts("27 11:00", "30 14:00"),
     "お世話になっております。\n27日の11時、または30日の14時でお願いいたします。", {}),
    ("45-forwarded-thunderbird", False, forwarded_thunderbird, "utf-8", "quoted-printable", "accepts", starts("30 10:00", "30 11:00"),
     "編集部 御中\n\n研究室の加藤です。依頼状が研究室宛に届いておりましたので転送いたします。\n5/30（金）の午前中で調整をお願いします。", {}),
    ("46-declines-wednesday-only", False, gmail_ja, "utf-8", "base64", "accepts", starts("27 13:00", "27 14:00", "27 15:00", "27 16:00"),
     "水曜は難しいです。火曜の午後ならいつでも大丈夫です。", {}),
]

HTML = '<html><head><meta charset="utf-8"></head><body><div>{}</div></body></html>'


def encoded_word(text, charset):
    codec = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(charset, "utf-8")
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, "UTF-8")
    return "=?{}?B?{}?=".format(label, base64.b64encode(text.encode(codec)).decode())


def body_bytes(text, charset, transfer):
    codec = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(charset, "utf-8")
    raw = text.replace("\n", "\r\n").encode(codec)
    if transfer == "base64":
        b = base64.encodebytes(raw).replace(b"\n", b"\r\n")
        return b
    if transfer == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw + b"\r\n"


def make(number, name, quote, charset, transfer, body, options):
    text = quote(body)
    from_addr = "Yamada Taro <yamada@example.co.jp>"
    headers = [
        "Return-Path: <yamada@example.co.jp>",
        "From: " + ("=?UTF-8?B?{}?= <reply{}@example.co.jp>".format(base64.b64encode("回答者 {}".format(number).encode()).decode(), number)),
        "To: " + EDITOR.replace("AI Tech Media 編集部", encoded_word("AI Tech Media 編集部", charset)),
        "Subject: " + encoded_word("Re: " + SUBJECT, charset),
        "Date: Wed, 21 May 2025 {:02d}:{:02d}:00 +0900".format(9 + number % 8, number % 60),
        "Message-ID: <reply-{}@example.co.jp>".format(name),
        "In-Reply-To: <letter-1@aitechmedia.jp>",
        "References: <letter-1@aitechmedia.jp>",
        "MIME-Version: 1.0",
    ]
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, "utf-8")
    if transfer == "html":
        boundary = "----=_NextPart_000_0001_01DBCA.5F3E2A10"
        headers.append('Content-Type: multipart/alternative; boundary="{}"'.format(boundary))
        html = HTML.format(text.replace("\n", "<br>\n"))
        out = ("\r\n".join(headers) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n").encode()
        out += ("--" + boundary + "\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode()
        out += body_bytes(text, "utf-8", "base64")
        out += ("\r\n--" + boundary + "\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n").encode()
        out += body_bytes(html, "utf-8", "quoted-printable")
        out += ("\r\n--" + boundary + "--\r\n").encode()
        return out
    headers.append('Content-Type: text/plain; charset="{}"'.format(label) + ("; format=flowed" if quote in (thunderbird_ja, thunderbird_en) else ""))
    headers.append("Content-Transfer-Encoding: " + transfer)
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body_bytes(text, charset, transfer)


for name, unseen, quote, charset, transfer, intent, expected, body, options in REPLIES:
    folder = HERE / "unseen" if unseen else HERE
    folder.mkdir(exist_ok=True)
    number = int(name[:2])
    (folder / (name + ".eml")).write_bytes(make(number, name, quote, charset, transfer, body, options))
    spec = {"intent": intent, "preferredStarts": expected}
    spec.update(options)
    (folder / (name + ".json")).write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(REPLIES), "replies,", sum(1 for r in REPLIES if r[1]), "unseen")
