#include "buildprogress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QRegularExpression &stepPattern()
{
    static const QRegularExpression re(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    return re;
}
const QRegularExpression &builtPattern()
{
    static const QRegularExpression re(QStringLiteral("^Successfully built ([0-9a-f]{12,64})\\s*$"));
    return re;
}
// "Dockerfile parse error line 7: unknown instruction: FOO", and the like.
const QRegularExpression &parseErrorLine()
{
    static const QRegularExpression re(QStringLiteral("parse error (?:on )?line (\\d+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

QList<BuildProgress::Event> BuildProgress::feed(QByteArrayView bytes)
{
    QList<Event> out;
    m_buffer.append(bytes.data(), bytes.size());
    // Objects are told apart by their braces, outside strings: the engine
    // separates them with "\r\n", but nothing forbids it from not doing so.
    qsizetype consumed = 0;
    for (qsizetype i = m_scanned; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (m_start < 0) {
            if (c == '{') {
                m_start = i;
                m_depth = 1;
                m_inString = false;
                m_escaped = false;
            } else {
                consumed = i + 1; // whitespace between messages
            }
            continue;
        }
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{') {
            ++m_depth;
        } else if (c == '}' && --m_depth == 0) {
            message(QByteArrayView(m_buffer).sliced(m_start, i + 1 - m_start), out);
            m_start = -1;
            consumed = i + 1;
        }
    }
    if (m_start >= 0) {
        // Keep the unfinished object; rescanning resumes where this scan stopped.
        m_scanned = m_buffer.size() - m_start;
        m_buffer.remove(0, m_start);
        m_start = 0;
    } else {
        m_buffer.remove(0, qMin(consumed, m_buffer.size()));
        m_scanned = 0;
    }
    return out;
}

QList<BuildProgress::Event> BuildProgress::finish()
{
    QList<Event> out;
    const QByteArray rest = m_buffer.trimmed();
    if (!rest.isEmpty())
        text(QString::fromUtf8(rest) + u'\n', out);
    m_buffer.clear();
    m_start = -1;
    m_scanned = 0;
    if (!m_partialLine.isEmpty()) {
        const QString last = m_partialLine;
        m_partialLine.clear();
        line(last, out);
    }
    return out;
}

void BuildProgress::message(QByteArrayView json, QList<Event> &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!doc.isObject()) {
        // Not JSON after all: shown as it came rather than lost.
        text(QString::fromUtf8(json.data(), json.size()) + u'\n', out);
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("stream")))
        text(o.value(QLatin1String("stream")).toString(), out);
    const QString id = o.value(QLatin1String("aux")).toObject().value(QLatin1String("ID")).toString();
    if (!id.isEmpty()) {
        m_imageId = id;
        out.append({Event::Kind::Image, id, m_step, m_total});
    }
    if (o.contains(QLatin1String("status")) && !o.contains(QLatin1String("progressDetail"))) {
        // A pull during the build (--pull): its lines, not its progress bars.
        const QString who = o.value(QLatin1String("id")).toString();
        const QString status = o.value(QLatin1String("status")).toString();
        line(who.isEmpty() ? status : QString(who % QStringLiteral(": ") % status), out);
    }
    if (o.contains(QLatin1String("error")) || o.contains(QLatin1String("errorDetail"))) {
        QString error = o.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
        if (error.isEmpty())
            error = o.value(QLatin1String("error")).toString();
        if (m_error.isEmpty()) {
            m_error = error;
            m_errorStep = m_step;
        }
        out.append({Event::Kind::Error, error, m_step, m_total});
    }
}

void BuildProgress::text(const QString &text, QList<Event> &out)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = text.indexOf(u'\n', from);
        if (nl < 0) {
            m_partialLine += QStringView(text).mid(from);
            return;
        }
        QString whole = m_partialLine + QStringView(text).mid(from, nl - from);
        m_partialLine.clear();
        if (whole.endsWith(u'\r'))
            whole.chop(1);
        line(whole, out);
        from = nl + 1;
    }
}

void BuildProgress::line(const QString &line, QList<Event> &out)
{
    out.append({Event::Kind::Line, line, m_step, m_total});
    const auto step = stepPattern().match(line);
    if (step.hasMatch()) {
        m_step = step.captured(1).toInt();
        m_total = step.captured(2).toInt();
        out.append({Event::Kind::Step, step.captured(3), m_step, m_total});
        return;
    }
    const auto built = builtPattern().match(line);
    if (built.hasMatch() && m_imageId.isEmpty()) {
        m_imageId = built.captured(1);
        out.append({Event::Kind::Image, m_imageId, m_step, m_total});
    }
}

int BuildProgress::lineForStep(int step, const QList<int> &instructionLines)
{
    return step >= 1 && step <= instructionLines.size() ? instructionLines[step - 1] : -1;
}

int BuildProgress::errorLine(const QList<int> &instructionLines) const
{
    if (m_error.isEmpty())
        return -1;
    const auto parse = parseErrorLine().match(m_error);
    if (parse.hasMatch())
        return parse.captured(1).toInt();
    return lineForStep(m_errorStep, instructionLines);
}
