#include "engineerror.h"

#include "tr.h"

QString EngineError::text() const
{
    QString detail = engineMessage.isEmpty() ? transportError : engineMessage;
    if (detail.isEmpty() && httpStatus == 0)
        detail = Tr::tr("no answer from the engine");
    QString out = context;
    if (!detail.isEmpty())
        // French puts a space before the colon: the pattern is translated.
        out = out.isEmpty() ? detail : Tr::tr("%1: %2", "what failed: why").arg(out, detail);
    // The status only helps when the engine gave no words of its own.
    if (engineMessage.isEmpty() && httpStatus != 0)
        out = out % (out.isEmpty() ? QString() : QStringLiteral(" ")) % Tr::tr("(HTTP %1)").arg(httpStatus);
    return out;
}
