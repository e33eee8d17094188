#include "dockerfilehighlighter.h"

#include <dockerfileparser.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
using Role = DockerfileHighlighter::Role;

enum Mode { Normal = 0, Continued = 1, Heredoc = 2 };
enum Quote { NoQuote = 0, Single = 1, Double = 2 };
enum Kind { Other = 0, TakesHeredocs = 1, From = 2, Nested = 3 }; // Nested: ONBUILD, HEALTHCHECK

// What a line inherits from the one above, packed into the block state (≥ 0).
struct State
{
    Mode mode = Normal;
    bool exec = false;
    bool backtick = false;
    bool directivesOver = false;
    Quote quote = NoQuote;
    bool flagsAllowed = false;
    Kind kind = Other;
    uint heredocHash = 0; // 21 bits; the delimiters themselves are in the block's user data

    static State decode(int value)
    {
        State s;
        if (value < 0)
            return s;
        s.mode = Mode(value & 3);
        s.exec = value & 4;
        s.backtick = value & 8;
        s.directivesOver = value & 16;
        s.quote = Quote((value >> 5) & 3);
        s.flagsAllowed = value & 128;
        s.kind = Kind((value >> 8) & 3);
        s.heredocHash = uint(value) >> 10;
        return s;
    }
    int encode() const
    {
        return int(mode) | (exec ? 4 : 0) | (backtick ? 8 : 0) | (directivesOver ? 16 : 0) | (int(quote) << 5)
               | (flagsAllowed ? 128 : 0) | (int(kind) << 8) | int((heredocHash & 0x1FFFFF) << 10);
    }
};

struct PendingHeredoc
{
    QString delimiter;
    bool stripTabs = false;
    bool quoted = false;
};

// Heredocs opened on a line and not yet closed, handed from block to block.
struct HeredocData : QTextBlockUserData
{
    QList<PendingHeredoc> pending;
};

uint hashOf(const QList<PendingHeredoc> &pending)
{
    if (pending.isEmpty())
        return 0;
    uint h = 17;
    for (const PendingHeredoc &p : pending)
        h = h * 31 + qHash(p.delimiter) + (p.stripTabs ? 7 : 0) + (p.quoted ? 13 : 0);
    h &= 0x1FFFFF;
    return h ? h : 1;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Length of the variable reference at text[i] == '$', or 0.
qsizetype variableLength(QStringView text, qsizetype i, qsizetype end)
{
    if (i + 1 >= end)
        return 0;
    const QChar next = text[i + 1];
    if (next == u'{') {
        const qsizetype close = text.indexOf(u'}', i + 2);
        return (close < 0 || close >= end) ? end - i : close - i + 1;
    }
    if (next.isLetter() || next == u'_') {
        qsizetype j = i + 2;
        while (j < end && isNameChar(text[j]))
            ++j;
        return j - i;
    }
    if (next.isDigit() || next == u'@' || next == u'*' || next == u'?' || next == u'#' || next == u'$')
        return 2;
    return 0;
}

struct Matched
{
    qsizetype length = 0;
    PendingHeredoc heredoc;
};

Matched heredocAt(QStringView text, qsizetype i, qsizetype end)
{
    Matched m;
    if (i + 2 >= end || text[i] != u'<' || text[i + 1] != u'<' || text[i + 2] == u'<')
        return m;
    qsizetype j = i + 2;
    if (text[j] == u'-') {
        m.heredoc.stripTabs = true;
        ++j;
    }
    QChar quote;
    if (j < end && (text[j] == u'"' || text[j] == u'\'')) {
        quote = text[j];
        m.heredoc.quoted = true;
        ++j;
    }
    const qsizetype start = j;
    while (j < end && (isNameChar(text[j]) || text[j] == u'-' || text[j] == u'.'))
        ++j;
    if (j == start)
        return m;
    m.heredoc.delimiter = text.mid(start, j - start).toString();
    if (!quote.isNull()) {
        if (j >= end || text[j] != quote)
            return m;
        ++j;
    }
    m.length = j - i;
    return m;
}

Kind kindOf(const QString &upper)
{
    if (upper == u"RUN" || upper == u"COPY" || upper == u"ADD")
        return TakesHeredocs;
    if (upper == u"FROM")
        return From;
    if (upper == u"ONBUILD" || upper == u"HEALTHCHECK")
        return Nested;
    return Other;
}
} // namespace

DockerfileHighlighter::DockerfileHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // QSyntaxHighlighter ignores edits until its queued first pass has run;
    // running it now means the very first keystroke is highlighted too.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto make = [this, dark](Role role, const char *light, const char *darkColor, bool bold = false,
                             bool italic = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(dark ? darkColor : light)));
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        f.setProperty(RoleProperty, int(role));
        m_formats[role] = f;
    };
    make(Plain, "#1f1f1f", "#e0e0e0");
    m_formats[Plain] = QTextCharFormat();
    m_formats[Plain].setProperty(RoleProperty, int(Plain));
    make(Instruction, "#0033b3", "#6ea8fe", true);
    make(UnknownInstruction, "#b00020", "#ff8a80", true);
    m_formats[UnknownInstruction].setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_formats[UnknownInstruction].setUnderlineColor(QColor(QLatin1String(dark ? "#ff8a80" : "#b00020")));
    make(Flag, "#871094", "#d08ae6");
    make(Variable, "#00627a", "#4fc1d6");
    make(String, "#067d17", "#8bd17c");
    make(Comment, "#7a7a7a", "#9a9a9a", false, true);
    make(Directive, "#8a6d00", "#e0c050", true, true);
    make(Continuation, "#a0a0a0", "#808080", true);
    make(HeredocMarker, "#b35900", "#ffab5c", true);
    make(HeredocBody, "#3d3d3d", "#cfcfcf");
    m_formats[HeredocBody].setBackground(QColor(QLatin1String(dark ? "#2a2a20" : "#f6f4e6")));
    make(ExecPunctuation, "#0033b3", "#6ea8fe", true);
    make(StageName, "#ad5c00", "#ffb86c", true, true);
}

DockerfileHighlighter::Role DockerfileHighlighter::roleAt(const QTextBlock &block, int column)
{
    if (!block.layout())
        return Plain;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (column >= r.start && column < r.start + r.length)
            return Role(r.format.property(RoleProperty).toInt());
    return Plain;
}

bool DockerfileHighlighter::startsInstruction(const QTextBlock &block)
{
    const QTextBlock previous = block.previous();
    return !previous.isValid() || State::decode(previous.userState()).mode == Normal;
}

void DockerfileHighlighter::highlightBlock(const QString &text)
{
    State s = State::decode(previousBlockState());
    QList<PendingHeredoc> pending;
    if (s.heredocHash) {
        if (auto *data = static_cast<HeredocData *>(currentBlock().previous().userData()))
            pending = data->pending;
    }
    auto finish = [&] {
        // Only a continued line carries its instruction on; anything else would
        // make an unchanged next line look changed and be highlighted again.
        if (s.mode != Continued) {
            s.kind = Other;
            s.flagsAllowed = false;
            s.exec = false;
            s.quote = NoQuote;
        }
        s.heredocHash = hashOf(pending);
        if (pending.isEmpty()) {
            setCurrentBlockUserData(nullptr);
        } else {
            auto *data = new HeredocData;
            data->pending = pending;
            setCurrentBlockUserData(data);
        }
        setCurrentBlockState(s.encode());
    };
    const qsizetype length = text.size();

    if (s.mode == Heredoc && !pending.isEmpty()) {
        const PendingHeredoc &front = pending.first();
        QStringView line = text;
        if (front.stripTabs)
            while (line.startsWith(u'\t'))
                line = line.mid(1);
        if (line == front.delimiter) {
            setRole(0, int(length), HeredocMarker);
            pending.removeFirst();
            s.mode = pending.isEmpty() ? Normal : Heredoc;
        } else {
            setRole(0, int(length), HeredocBody);
            if (!front.quoted) {
                for (qsizetype i = 0; i < length; ++i) {
                    if (text[i] != u'$')
                        continue;
                    if (const qsizetype n = variableLength(text, i, length)) {
                        QTextCharFormat f = m_formats[Variable];
                        f.setBackground(m_formats[HeredocBody].background());
                        setFormat(int(i), int(n), f);
                        i += n - 1;
                    }
                }
            }
        }
        finish();
        return;
    }
    if (s.mode == Heredoc)
        s.mode = Normal; // the hash said heredocs, the data went: start afresh

    qsizetype firstNonSpace = 0;
    while (firstNonSpace < length && text[firstNonSpace].isSpace())
        ++firstNonSpace;
    const bool blank = firstNonSpace == length;
    const bool comment = !blank && text[firstNonSpace] == u'#';

    qsizetype pos = 0;
    if (s.mode == Normal) {
        if (!s.directivesOver && comment && firstNonSpace == 0) {
            // "# name=value" at the very top; the parser knows which names count.
            const qsizetype eq = text.indexOf(u'=');
            const QString name = eq > 0 ? text.mid(1, eq - 1).trimmed().toLower() : QString();
            if (name == u"syntax" || name == u"escape" || name == u"check") {
                setRole(0, int(length), Directive);
                if (name == u"escape") {
                    const QString value = text.mid(eq + 1).trimmed();
                    if (value == u"`" || value == u"\\")
                        s.backtick = value == u"`";
                }
                finish();
                return;
            }
        }
        s.directivesOver = true;
        if (blank) {
            finish();
            return;
        }
        if (comment) {
            setRole(0, int(length), Comment);
            finish();
            return;
        }
        qsizetype end = firstNonSpace;
        while (end < length && !text[end].isSpace())
            ++end;
        const QString keyword = text.mid(firstNonSpace, end - firstNonSpace).toUpper();
        setRole(int(firstNonSpace), int(end - firstNonSpace),
                DockerfileParser::isKnownInstruction(keyword) ? Instruction : UnknownInstruction);
        s.kind = kindOf(keyword);
        s.flagsAllowed = true;
        s.exec = false;
        s.quote = NoQuote;
        pos = end;
    } else { // a continued instruction
        if (blank) {
            finish();
            return;
        }
        if (comment) {
            setRole(0, int(length), Comment);
            finish();
            return;
        }
    }

    const QChar escape = s.backtick ? u'`' : u'\\';
    qsizetype argsEnd = length;
    while (argsEnd > pos && (text[argsEnd - 1] == u' ' || text[argsEnd - 1] == u'\t'))
        --argsEnd;
    const bool continues = argsEnd > pos && text[argsEnd - 1] == escape;
    if (continues) {
        --argsEnd;
        setRole(int(argsEnd), 1, Continuation);
    }

    // FROM image AS name: the word after the image.
    int fromWord = 0;
    bool nextIsStage = false;

    qsizetype i = pos;
    auto closeString = [&](qsizetype from, Quote quote) {
        // Colours from..end of the string; returns the index after it, or argsEnd if open.
        const QChar q = quote == Single ? u'\'' : u'"';
        const QChar esc = s.exec ? u'\\' : escape;
        qsizetype j = from;
        while (j < argsEnd) {
            if (quote == Double && text[j] == esc && j + 1 < argsEnd) {
                j += 2;
                continue;
            }
            if (text[j] == q)
                break;
            ++j;
        }
        const bool closed = j < argsEnd;
        setRole(int(from), int((closed ? j + 1 : argsEnd) - from), String);
        if (quote == Double && !s.exec) {
            for (qsizetype k = from; k < j; ++k) {
                if (text[k] == u'$') {
                    if (const qsizetype n = variableLength(text, k, j)) {
                        setRole(int(k), int(n), Variable);
                        k += n - 1;
                    }
                }
            }
        }
        s.quote = closed ? NoQuote : quote;
        return closed ? j + 1 : argsEnd;
    };

    if (s.quote != NoQuote)
        i = closeString(i, s.quote);

    while (i < argsEnd) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const bool wordStart = i == 0 || text[i - 1].isSpace();
        if (s.flagsAllowed && wordStart && c == u'-' && i + 1 < argsEnd && text[i + 1] == u'-') {
            qsizetype end = i;
            while (end < argsEnd && !text[end].isSpace() && text[end] != u'=')
                ++end;
            if (end < argsEnd && text[end] == u'=')
                ++end;
            setRole(int(i), int(end - i), Flag);
            // The value is one word, whose quotes may hold spaces (--chown="a b").
            const qsizetype valueStart = end;
            QChar quote;
            while (end < argsEnd && (!quote.isNull() || !text[end].isSpace())) {
                if (quote.isNull() && (text[end] == u'"' || text[end] == u'\''))
                    quote = text[end];
                else if (!quote.isNull() && text[end] == quote)
                    quote = QChar();
                ++end;
            }
            if (end > valueStart && (text[valueStart] == u'"' || text[valueStart] == u'\''))
                setRole(int(valueStart), int(end - valueStart), String);
            i = end;
            continue;
        }
        if (s.flagsAllowed) {
            s.flagsAllowed = false;
            if (s.kind == Nested) {
                qsizetype end = i;
                while (end < argsEnd && !text[end].isSpace())
                    ++end;
                const QString word = text.mid(i, end - i).toUpper();
                if (DockerfileParser::isKnownInstruction(word) || word == u"NONE") {
                    setRole(int(i), int(end - i), Instruction);
                    s.kind = kindOf(word) == TakesHeredocs ? TakesHeredocs : Other;
                    s.flagsAllowed = true;
                    i = end;
                    continue;
                }
            }
            if (c == u'[')
                s.exec = true;
        }
        if (s.exec) {
            if (c == u'[' || c == u']' || c == u',') {
                setRole(int(i), 1, ExecPunctuation);
                ++i;
            } else if (c == u'"') {
                setRole(int(i), 1, String);
                i = closeString(i + 1, Double);
            } else {
                ++i;
            }
            continue;
        }
        if (s.kind == From && wordStart) {
            qsizetype end = i;
            while (end < argsEnd && !text[end].isSpace())
                ++end;
            ++fromWord;
            if (nextIsStage) {
                setRole(int(i), int(end - i), StageName);
                nextIsStage = false;
                i = end;
                continue;
            }
            if (fromWord == 2 && text.mid(i, end - i).compare(u"as", Qt::CaseInsensitive) == 0) {
                setRole(int(i), int(end - i), Instruction);
                nextIsStage = true;
                i = end;
                continue;
            }
        }
        if (c == escape && i + 1 < argsEnd) {
            i += 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            setRole(int(i), 1, String);
            i = closeString(i + 1, c == u'"' ? Double : Single);
            continue;
        }
        if (c == u'$') {
            if (const qsizetype n = variableLength(text, i, argsEnd)) {
                setRole(int(i), int(n), Variable);
                i += n;
                continue;
            }
        }
        if (c == u'<' && s.kind == TakesHeredocs && wordStart) {
            const Matched m = heredocAt(text, i, argsEnd);
            if (m.length > 0) {
                setRole(int(i), int(m.length), HeredocMarker);
                pending.append(m.heredoc);
                i += m.length;
                continue;
            }
        }
        ++i;
    }

    if (continues) {
        s.mode = Continued;
    } else {
        s.mode = pending.isEmpty() ? Normal : Heredoc;
        s.quote = NoQuote;
        s.exec = false;
        s.flagsAllowed = false;
    }
    finish();
}
