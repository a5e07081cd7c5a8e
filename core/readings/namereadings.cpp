#include "namereadings.h"

#include "util/modules.h"

namespace shuzai {

namespace {
// What is left when the module cannot be loaded: no suggestion, and the reason.
class NoReadings final : public NameReadings {
public:
    explicit NoReadings(Error error)
        : m_error(std::move(error))
    {
    }
    std::optional<Error> unavailable() const override { return m_error; }
    QString reading(const QString &, NamePart) const override { return {}; }

private:
    Error m_error;
};
} // namespace

std::unique_ptr<NameReadings> createNameReadings(const QString &dictionaryDir)
{
    // MeCab is in the module shuzai-mecab (readings/mecabreadings.cpp).
    using Create = void(const QString *, std::unique_ptr<NameReadings> *);
    static const Result<Create *> create =
        modules::resolve<Create>("shuzai-mecab", "shuzai_create_mecab_readings");
    if (!create)
        return std::make_unique<NoReadings>(create.error());
    std::unique_ptr<NameReadings> out;
    (*create)(&dictionaryDir, &out);
    return out;
}

NameReadings &nameReadings()
{
    static const std::unique_ptr<NameReadings> shared = createNameReadings();
    return *shared;
}

} // namespace shuzai
