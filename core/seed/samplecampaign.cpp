#include "samplecampaign.h"

namespace shuzai {

namespace {
Category category(const char *code, const char *name, std::initializer_list<const char *> texts)
{
    Category c;
    c.code = QString::fromUtf8(code);
    c.name = QString::fromUtf8(name);
    int position = 0;
    for (const char *text : texts)
        c.questions.append(Question{0, ++position, QString::fromUtf8(text)});
    return c;
}

AvailabilityWindow window(int day, int fromHour, int toHour, const char *note = "")
{
    return AvailabilityWindow{0, QDate(2025, 5, day), QTime(fromHour, 0), QTime(toHour, 0),
                              QString::fromUtf8(note)};
}
} // namespace

Campaign sampleCampaign()
{
    Campaign c;
    // Data, not UI text: the campaign is in Japanese whatever language the app shows.
    c.title =
        QString::fromUtf8("小規模言語モデル（SLM）実装ガイド：日本企業のための段階的アプローチ");
    c.publication = QStringLiteral("AI Tech Media");
    c.publicationDate = QDate(2025, 6, 12);
    c.windowStart = QDate(2025, 5, 27);
    c.windowEnd = QDate(2025, 5, 31);
    c.interviewMinutes = 60;
    c.modes = {InterviewMode::Online, InterviewMode::InPerson};
    c.timeZone = QStringLiteral("Asia/Tokyo");
    c.editorName = QString(); // the letter leaves [編集長名] for the editor to fill in
    c.editorEmail = QStringLiteral("editor@aitechmedia.jp");
    c.editorPhone = QStringLiteral("03-XXXX-XXXX");
    c.website = QStringLiteral("https://www.aitechmedia.jp");
    c.attributionOptions = {Attribution::NameAndAffiliation, Attribution::WithPhoto,
                            Attribution::Anonymous};
    c.categories = {
        category(
            "researcher", "SLM開発者・研究者",
            {
                "2025年前半における小規模言語モデルの技術的進化についてお聞かせください",
                "大規模モデル（LLM）と比較した際のSLMの強みと弱み、適切な使い分けはどうある"
                "べきでしょうか",
                "日本語処理において、SLMが直面する特有の課題と対応策をお教えください",
                "モデルサイズとタスクパフォーマンスのトレードオフをどのように最適化すべきで"
                "しょうか",
                "量子化・プルーニングなどの最適化技術の最新動向と実践上の注意点を教えてください",
                "今後12ヶ月で予想されるSLM技術の進化とブレイクスルーについてのご見解をお聞かせ"
                "ください",
            }),
        category(
            "vendor", "SLMソリューション提供企業",
            {
                "貴社のSLMソリューションの特徴と差別化ポイントについて教えてください",
                "日本企業からの問い合わせや導入相談において、よく聞かれる質問や懸念点は何ですか",
                "成功事例として特筆すべき導入例があれば、その概要と成功要因をお聞かせください",
                "SLM導入を検討する企業が陥りがちな失敗や誤解についてご意見をお願いします",
                "エッジAIと小規模モデルの組み合わせによる新たなユースケースをどのように見て"
                "いますか",
                "日本企業特有のSLM導入障壁と、それを克服するためのアドバイスをお願いします",
            }),
        category("adopter", "SLM導入企業",
                 {
                     "貴社がSLM導入を決断された背景と意思決定プロセスについて教えてください",
                     "導入プロジェクトの体制、スケジュール、フェーズ分けなどの全体像をお聞かせくだ"
                     "さい",
                     "導入過程で直面された技術的・組織的課題と、その解決方法を具体的に教えてくださ"
                     "い",
                     "導入による定量的・定性的効果と、ROIの評価方法についてお聞かせください",
                     "大規模モデルとの使い分けや併用について、どのような方針を取られていますか",
                     "これからSLM導入を検討する企業へのアドバイスがあればお願いします",
                 }),
    };
    c.windows = {
        window(27, 10, 12), window(27, 13, 17),
        window(28, 10, 12), window(28, 15, 17),
        window(29, 13, 17), window(30, 10, 12),
        window(30, 13, 16), window(31, 10, 12, "必要に応じて"),
    };
    // The letter's 「貴社/貴研究室」, decided by the category.
    c.categories[0].organisationHonorific = QString::fromUtf8("貴研究室");
    return c;
}

QList<User> sampleUsers()
{
    return {
        User{0, QStringLiteral("editor"), QString::fromUtf8("編集長"), Role::Editor,
             QStringLiteral("editor@aitechmedia.jp")},
        User{0, QStringLiteral("writer"), QString::fromUtf8("ライター"), Role::Writer, {}},
        User{0, QStringLiteral("reviewer"), QString::fromUtf8("校閲担当"), Role::Reviewer, {}},
    };
}

} // namespace shuzai
