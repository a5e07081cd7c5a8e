#include "inboundmessage.h"

#include "util/modules.h"

namespace shuzai {

Result<InboundMessage> parseInboundMessage(const QByteArray &raw)
{
    // GMime is in the module shuzai-mime (mailbox/gmimeparser.cpp).
    using Parse = void(const QByteArray *, Result<InboundMessage> *);
    static const Result<Parse *> parse =
        modules::resolve<Parse>("shuzai-mime", "shuzai_parse_inbound_message");
    if (!parse)
        return parse.error();
    Result<InboundMessage> out = InboundMessage{};
    (*parse)(&raw, &out);
    return out;
}

} // namespace shuzai
