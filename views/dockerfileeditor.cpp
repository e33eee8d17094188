#include "dockerfileeditor.h"

#include "dockerfilehighlighter.h"
#include "dockerfilemargin.h"

#include <dockerfilehelp.h>
#include <imagemodel.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
constexpr int MarkWidth = 14;

QString issueText(const DockerfileLintIssue &issue)
{
    return issue.message.toHtmlEscaped() + u" <i>("_s + issue.rule + u")</i>"_s;
}

bool isWordChar(QChar c)
{
    return !c.isSpace();
}
} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DockerfileHighlighter(document()))
    , m_margin(new DockerfileMargin(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_lintTimer(new QTimer(this))
{
    setObjectName(u"dockerfileEditor"_s);
    setAccessibleName(tr("Dockerfile"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    setAcceptDrops(true);

    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setAccessibleName(tr("Completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &DockerfileEditor::insertCompletion);

    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(300);
    connect(m_lintTimer, &QTimer::timeout, this, &DockerfileEditor::lintNow);
    connect(document(), &QTextDocument::contentsChanged, m_lintTimer, qOverload<>(&QTimer::start));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &DockerfileEditor::updateMarginWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfileEditor::updateMargin);
    updateMarginWidth();
}

void DockerfileEditor::setImageModel(ImageModel *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    m_imageNamesStale = true;
    if (!images)
        return;
    auto stale = [this] { m_imageNamesStale = true; };
    connect(images, &QAbstractItemModel::rowsInserted, this, stale);
    connect(images, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(images, &QAbstractItemModel::dataChanged, this, stale);
    connect(images, &QAbstractItemModel::modelReset, this, stale);
    connect(images, &QObject::destroyed, this, [this] { m_images = nullptr; });
}

void DockerfileEditor::setContextFolder(const QString &folder)
{
    m_linter.setContext(folder);
    m_lintTimer->start();
}

void DockerfileEditor::setLintDelay(int milliseconds)
{
    m_lintTimer->setInterval(milliseconds);
}

bool DockerfileEditor::isLintPending() const
{
    return m_lintTimer->isActive();
}

void DockerfileEditor::lintNow()
{
    m_lintTimer->stop();
    m_dockerfile = DockerfileParser::parse(toPlainText());
    m_issues = m_linter.lint(m_dockerfile);
    m_issuesByLine.clear();
    for (const DockerfileLintIssue &issue : std::as_const(m_issues))
        m_issuesByLine[issue.line].append(issue);
    updateExtraSelections();
    m_margin->update();
    emit linted();
}

void DockerfileEditor::highlightLine(int line)
{
    m_buildLine = line;
    updateExtraSelections();
    m_margin->update();
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    // Scroll to it without moving the cursor the user may be typing at.
    const int first = verticalScrollBar()->value();
    const int visible = qMax(1, viewport()->height() / qMax(1, fontMetrics().height()));
    if (line - 1 < first || line - 1 >= first + visible)
        verticalScrollBar()->setValue(qMax(0, line - 1 - visible / 3));
}

void DockerfileEditor::markError(int line, const QString &message)
{
    m_buildErrors.insert(line, message);
    updateExtraSelections();
    m_margin->update();
    highlightLine(m_buildLine == 0 ? line : m_buildLine);
    if (m_buildLine != line)
        goToLine(line);
}

void DockerfileEditor::clearBuildMarks()
{
    m_buildLine = 0;
    m_buildErrors.clear();
    updateExtraSelections();
    m_margin->update();
}

void DockerfileEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int DockerfileEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void DockerfileEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (auto it = m_issuesByLine.cbegin(); it != m_issuesByLine.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        const bool error = std::any_of(it->cbegin(), it->cend(), [](const DockerfileLintIssue &i) {
            return i.severity == DockerfileLintIssue::Error;
        });
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe0, 0x8e, 0x00));
        selections.append(s);
    }
    auto wholeLine = [&](int line, const QColor &color) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(s);
    };
    if (m_buildLine > 0)
        wholeLine(m_buildLine, dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xdc, 0xeb, 0xff));
    for (auto it = m_buildErrors.cbegin(); it != m_buildErrors.cend(); ++it)
        wholeLine(it.key(), dark ? QColor(0x5f, 0x1e, 0x1e) : QColor(0xff, 0xde, 0xde));
    setExtraSelections(selections);
}

int DockerfileEditor::marginWidth() const
{
    int digits = 2;
    for (int max = qMax(1, blockCount()); max >= 100; max /= 10)
        ++digits;
    return MarkWidth + 6 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void DockerfileEditor::updateMarginWidth()
{
    setViewportMargins(marginWidth(), 0, 0, 0);
}

void DockerfileEditor::updateMargin(const QRect &rect, int dy)
{
    if (dy)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMarginWidth();
}

void DockerfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

void DockerfileEditor::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int numberRight = m_margin->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool current = line == m_buildLine;
            painter.setPen(palette().color(current ? QPalette::Text : QPalette::PlaceholderText));
            QFont f = font();
            f.setBold(current);
            painter.setFont(f);
            painter.drawText(MarkWidth, top, numberRight - MarkWidth, lineHeight, Qt::AlignRight,
                             QString::number(line));
            const QRectF mark(3, top + (lineHeight - 9) / 2.0, 9, 9);
            painter.setRenderHint(QPainter::Antialiasing);
            if (m_buildErrors.contains(line)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0xc6, 0x28, 0x28));
                painter.drawRect(mark);
            } else if (const auto issues = m_issuesByLine.constFind(line); issues != m_issuesByLine.cend()) {
                const bool error = std::any_of(issues->cbegin(), issues->cend(), [](const DockerfileLintIssue &i) {
                    return i.severity == DockerfileLintIssue::Error;
                });
                painter.setPen(Qt::NoPen);
                painter.setBrush(error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0x9c, 0x00));
                painter.drawEllipse(mark);
            } else if (current) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0x1e, 0x6f, 0xd9));
                const QPointF arrow[] = {mark.topLeft(), QPointF(mark.right(), mark.center().y()),
                                         mark.bottomLeft()};
                painter.drawPolygon(arrow, 3);
            }
        }
        block = block.next();
        top += height;
    }
}

int DockerfileEditor::lineAtY(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (y >= top && y < top + height)
            return block.blockNumber() + 1;
        if (top > y)
            break;
        top += height;
        block = block.next();
    }
    return 0;
}

QString DockerfileEditor::marginToolTip(int y) const
{
    const int line = lineAtY(y);
    QStringList parts;
    if (m_buildErrors.contains(line))
        parts << tr("Build error: %1").arg(m_buildErrors.value(line).toHtmlEscaped());
    for (const DockerfileLintIssue &issue : m_issuesByLine.value(line))
        parts << issueText(issue);
    if (line > 0 && line == m_buildLine && parts.isEmpty())
        parts << tr("The build is at this step.");
    return parts.join(u"<br>"_s);
}

QString DockerfileEditor::toolTipAt(const QPoint &pos) const
{
    const QTextCursor cursor = cursorForPosition(pos);
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int column = cursor.positionInBlock();
    // The word under the mouse.
    int start = qMin(column, int(text.size()));
    while (start > 0 && isWordChar(text[start - 1]))
        --start;
    int end = qMin(column, int(text.size()));
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    const QString word = text.mid(start, end - start);
    const DockerfileHighlighter::Role role = DockerfileHighlighter::roleAt(block, start);
    if (!word.isEmpty() && role == DockerfileHighlighter::Instruction && word.compare(u"as", Qt::CaseInsensitive) != 0
        && word.compare(u"none", Qt::CaseInsensitive) != 0) {
        const QString help = DockerfileHelp::toolTip(word);
        if (!help.isEmpty())
            return help;
    }
    const int line = block.blockNumber() + 1;
    QStringList parts;
    if (m_buildErrors.contains(line))
        parts << tr("Build error: %1").arg(m_buildErrors.value(line).toHtmlEscaped());
    for (const DockerfileLintIssue &issue : m_issuesByLine.value(line))
        parts << issueText(issue);
    return parts.join(u"<br>"_s);
}

bool DockerfileEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QStringList DockerfileEditor::imageNames() const
{
    if (!m_imageNamesStale)
        return m_imageNames;
    QStringList names;
    if (m_images) {
        for (const Image &image : m_images->items())
            for (const QString &tag : image.repoTags)
                if (!tag.startsWith(u"<none>"))
                    names << tag;
    }
    names << u"scratch"_s;
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_imageNames = names;
    m_imageNamesStale = false;
    return names;
}

DockerfileEditor::Completing DockerfileEditor::completionContext(QString *prefix) const
{
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    qsizetype start = before.size();
    while (start > 0 && isWordChar(before[start - 1]))
        --start;
    *prefix = before.mid(start);
    const QStringView lead = QStringView(before).left(start);
    if (!DockerfileHighlighter::startsInstruction(block))
        return Completing::Nothing;
    if (lead.trimmed().isEmpty())
        return prefix->startsWith(u'#') ? Completing::Nothing : Completing::Instruction;
    // FROM, its flags, then the image.
    const QStringList words = lead.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.first().compare(u"FROM", Qt::CaseInsensitive) != 0)
        return Completing::Nothing;
    for (qsizetype i = 1; i < words.size(); ++i)
        if (!words[i].startsWith(u"--"))
            return Completing::Nothing;
    return prefix->startsWith(u"--") ? Completing::Nothing : Completing::Image;
}

QStringList DockerfileEditor::completionsAtCursor() const
{
    QString prefix;
    QStringList candidates;
    switch (completionContext(&prefix)) {
    case Completing::Nothing:
        return {};
    case Completing::Instruction:
        candidates = DockerfileParser::knownInstructions();
        break;
    case Completing::Image:
        candidates = imageNames();
        for (const DockerfileStage &stage : m_dockerfile.stages)
            if (!stage.name.isEmpty() && stage.line < currentLine())
                candidates << stage.name;
        break;
    }
    QStringList matching;
    for (const QString &c : std::as_const(candidates))
        if (c.startsWith(prefix, Qt::CaseInsensitive))
            matching << c;
    return matching;
}

void DockerfileEditor::updateCompletion(bool forced)
{
    QString prefix;
    const Completing context = completionContext(&prefix);
    const QStringList matching = completionsAtCursor();
    const bool exactOnly = matching.size() == 1 && matching.first().compare(prefix, Qt::CaseInsensitive) == 0;
    if (context == Completing::Nothing || matching.isEmpty() || exactOnly || (prefix.isEmpty() && !forced)) {
        m_completer->popup()->hide();
        return;
    }
    m_completions->setStringList(matching);
    m_completer->setCompletionPrefix(prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.translate(viewportMargins().left(), 0);
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void DockerfileEditor::insertCompletion(const QString &completion)
{
    QString prefix;
    const Completing context = completionContext(&prefix);
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(context == Completing::Instruction ? completion + u' ' : completion);
    setTextCursor(cursor);
}

void DockerfileEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced)
        QPlainTextEdit::keyPressEvent(event);
    const bool typed = !event->text().isEmpty() && !(event->modifiers() & Qt::ControlModifier);
    if (forced || (typed && !event->text().at(0).isSpace()) || (m_completer->popup()->isVisible()
                                                                && event->key() == Qt::Key_Backspace))
        updateCompletion(forced);
    else if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

QStringList DockerfileEditor::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

void DockerfileEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QPlainTextEdit::dragEnterEvent(event);
}

void DockerfileEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QPlainTextEdit::dragMoveEvent(event);
}

void DockerfileEditor::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        QPlainTextEdit::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(files);
}
