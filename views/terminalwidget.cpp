#include "terminalwidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QtMath>

#include <deque>
#include <vector>

extern "C" {
#include <vterm.h>
}

namespace {
const QColor DefaultForeground(0xd8, 0xd8, 0xd8);
const QColor DefaultBackground(0x1c, 0x1c, 0x1c);
constexpr int MinRows = 2;
constexpr int MinCols = 10;
constexpr uint32_t WideContinuation = uint32_t(-1);
constexpr int WheelLines = 3;

VTermModifier modifiersOf(Qt::KeyboardModifiers m)
{
    int mod = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

VTermKey vtermKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

// The character a Ctrl-combination stands for, whatever text the platform gave.
uint32_t controlCharacter(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return uint32_t('a' + (key - Qt::Key_A));
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
        return ' ';
    case Qt::Key_BracketLeft:
        return '[';
    case Qt::Key_Backslash:
        return '\\';
    case Qt::Key_BracketRight:
        return ']';
    case Qt::Key_AsciiCircum:
        return '^';
    case Qt::Key_Underscore:
        return '_';
    default:
        return 0;
    }
}
} // namespace

// libvterm and what it hands over: the scrollback lines it pushes off the top.
struct TerminalWidget::Terminal
{
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    std::deque<std::vector<VTermScreenCell>> scrollback;
    VTermScreenCell blank{};
    VTermPos cursor{0, 0};

    static int damage(VTermRect rect, void *user)
    {
        static_cast<TerminalWidget *>(user)->updateCells(rect.start_row, rect.end_row, rect.start_col,
                                                         rect.end_col);
        return 1;
    }
    static int moverect(VTermRect dest, VTermRect src, void *user)
    {
        auto *w = static_cast<TerminalWidget *>(user);
        w->updateCells(qMin(dest.start_row, src.start_row), qMax(dest.end_row, src.end_row),
                       qMin(dest.start_col, src.start_col), qMax(dest.end_col, src.end_col));
        return 1;
    }
    static int movecursor(VTermPos pos, VTermPos oldpos, int visible, void *user)
    {
        auto *w = static_cast<TerminalWidget *>(user);
        w->m_term->cursor = pos;
        w->m_cursorVisible = visible;
        w->updateCells(oldpos.row, oldpos.row + 1, qMax(0, oldpos.col - 1), oldpos.col + 2);
        w->updateCells(pos.row, pos.row + 1, qMax(0, pos.col - 1), pos.col + 2);
        return 1;
    }
    static int settermprop(VTermProp prop, VTermValue *val, void *user)
    {
        auto *w = static_cast<TerminalWidget *>(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            w->m_cursorVisible = val->boolean;
            w->update();
            break;
        case VTERM_PROP_ALTSCREEN:
            w->m_altScreen = val->boolean;
            w->update();
            break;
        case VTERM_PROP_TITLE:
            emit w->titleChanged(QString::fromUtf8(val->string));
            break;
        default:
            break;
        }
        return 1;
    }
    static int pushline(int cols, const VTermScreenCell *cells, void *user)
    {
        auto *w = static_cast<TerminalWidget *>(user);
        Terminal &t = *w->m_term;
        t.scrollback.emplace_back(cells, cells + cols);
        if (w->m_scrollOffset > 0)
            ++w->m_scrollOffset; // what the user scrolled back to stays in view
        while (int(t.scrollback.size()) > w->m_scrollbackLimit) {
            t.scrollback.pop_front();
            if (w->m_hasSelection) {
                w->m_selectionAnchor.ry() -= 1;
                w->m_selectionEnd.ry() -= 1;
            }
        }
        w->m_scrollOffset = qMin(w->m_scrollOffset, int(t.scrollback.size()));
        return 1;
    }
    static int popline(int cols, VTermScreenCell *cells, void *user)
    {
        auto *w = static_cast<TerminalWidget *>(user);
        Terminal &t = *w->m_term;
        if (t.scrollback.empty())
            return 0;
        const std::vector<VTermScreenCell> &line = t.scrollback.back();
        for (int c = 0; c < cols; ++c)
            cells[c] = c < int(line.size()) ? line[size_t(c)] : t.blank;
        t.scrollback.pop_back();
        w->m_scrollOffset = qMin(w->m_scrollOffset, int(t.scrollback.size()));
        return 1;
    }
    static int bell(void *)
    {
        QApplication::beep();
        return 1;
    }
    static void output(const char *s, size_t len, void *user)
    {
        static_cast<TerminalWidget *>(user)->m_output.append(s, qsizetype(len));
    }

    // A cell of an absolute line (scrollback first, then the screen).
    VTermScreenCell cell(int line, int col) const
    {
        if (line < int(scrollback.size())) {
            const std::vector<VTermScreenCell> &l = scrollback[size_t(line)];
            return col < int(l.size()) ? l[size_t(col)] : blank;
        }
        VTermScreenCell c = blank;
        vterm_screen_get_cell(screen, VTermPos{line - int(scrollback.size()), col}, &c);
        return c;
    }

    static const VTermScreenCallbacks *callbacks()
    {
        static const VTermScreenCallbacks table = {
            &damage, &moverect, &movecursor, &settermprop, &bell, nullptr, &pushline, &popline,
        };
        return &table;
    }

    QColor color(VTermColor c, bool foreground) const
    {
        if (foreground && VTERM_COLOR_IS_DEFAULT_FG(&c))
            return DefaultForeground;
        if (!foreground && VTERM_COLOR_IS_DEFAULT_BG(&c))
            return DefaultBackground;
        vterm_screen_convert_color_to_rgb(screen, &c);
        return QColor(c.rgb.red, c.rgb.green, c.rgb.blue);
    }
};

namespace {
QString cellString(const VTermScreenCell &c)
{
    if (c.chars[0] == 0 || c.chars[0] == WideContinuation)
        return {};
    QString s;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i)
        s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c.chars[i]), 1);
    return s;
}
} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QWidget(parent)
    , m_term(std::make_unique<Terminal>())
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("terminalWidget"));
    setAccessibleName(tr("Terminal"));
    setAccessibleDescription(tr("The container's terminal: what you type goes to the process"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled);
    setCursor(Qt::IBeamCursor);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_scrollBar->setAccessibleName(tr("Terminal scrollback"));
    m_scrollBar->setCursor(Qt::ArrowCursor);
    m_scrollBar->setFocusPolicy(Qt::NoFocus);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        const int offset = m_scrollBar->maximum() - value;
        if (offset != m_scrollOffset) {
            m_scrollOffset = offset;
            update();
        }
    });

    Terminal &t = *m_term;
    t.vt = vterm_new(24, 80);
    vterm_set_utf8(t.vt, 1);
    vterm_output_set_callback(t.vt, &Terminal::output, this);
    t.screen = vterm_obtain_screen(t.vt);
    vterm_screen_set_callbacks(t.screen, Terminal::callbacks(), this);
    vterm_screen_set_damage_merge(t.screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(t.screen, 1);
    VTermColor fg, bg;
    vterm_color_rgb(&fg, quint8(DefaultForeground.red()), quint8(DefaultForeground.green()),
                    quint8(DefaultForeground.blue()));
    vterm_color_rgb(&bg, quint8(DefaultBackground.red()), quint8(DefaultBackground.green()),
                    quint8(DefaultBackground.blue()));
    vterm_state_set_default_colors(vterm_obtain_state(t.vt), &fg, &bg);
    // Bold blue on a dark background is unreadable; bright colours for bold, as xterm does.
    vterm_state_set_bold_highbright(vterm_obtain_state(t.vt), 1);
    vterm_screen_reset(t.screen, 1);
    vterm_screen_get_cell(t.screen, VTermPos{0, 0}, &t.blank);
    t.blank.chars[0] = 0;
    t.blank.width = 1;
    updateMetrics();
    syncScrollBar();
}

TerminalWidget::~TerminalWidget()
{
    vterm_free(m_term->vt);
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    const int before = int(m_term->scrollback.size());
    vterm_input_write(m_term->vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_term->screen);
    if (int(m_term->scrollback.size()) != before || m_scrollBar->maximum() != before)
        syncScrollBar();
    // Replies the terminal owes the process (cursor position reports and such).
    flushOutput();
}

void TerminalWidget::reset()
{
    m_term->scrollback.clear();
    m_scrollOffset = 0;
    m_hasSelection = false;
    vterm_screen_reset(m_term->screen, 1);
    syncScrollBar();
    update();
}

int TerminalWidget::rows() const
{
    int r = 0, c = 0;
    vterm_get_size(m_term->vt, &r, &c);
    return r;
}

int TerminalWidget::cols() const
{
    int r = 0, c = 0;
    vterm_get_size(m_term->vt, &r, &c);
    return c;
}

void TerminalWidget::setTerminalSize(int rows, int cols)
{
    applySize(rows, cols);
}

QString TerminalWidget::screenText() const
{
    QStringList lines;
    for (int r = 0; r < rows(); ++r)
        lines << lineText(r);
    return lines.join(u'\n');
}

QString TerminalWidget::lineText(int row) const
{
    return absoluteLineText(int(m_term->scrollback.size()) + row, 0, cols());
}

QString TerminalWidget::cellText(int row, int col) const
{
    return cellString(m_term->cell(int(m_term->scrollback.size()) + row, col));
}

QPoint TerminalWidget::cursorPosition() const
{
    VTermPos pos;
    vterm_state_get_cursorpos(vterm_obtain_state(m_term->vt), &pos);
    return QPoint(pos.col, pos.row);
}

QColor TerminalWidget::foregroundAt(int row, int col) const
{
    const VTermScreenCell c = m_term->cell(int(m_term->scrollback.size()) + row, col);
    return m_term->color(c.attrs.reverse ? c.bg : c.fg, !c.attrs.reverse);
}

QColor TerminalWidget::backgroundAt(int row, int col) const
{
    const VTermScreenCell c = m_term->cell(int(m_term->scrollback.size()) + row, col);
    return m_term->color(c.attrs.reverse ? c.fg : c.bg, c.attrs.reverse);
}

bool TerminalWidget::isBoldAt(int row, int col) const
{
    return m_term->cell(int(m_term->scrollback.size()) + row, col).attrs.bold;
}

int TerminalWidget::cellWidthAt(int row, int col) const
{
    return m_term->cell(int(m_term->scrollback.size()) + row, col).width;
}

int TerminalWidget::scrollbackCount() const
{
    return int(m_term->scrollback.size());
}

QString TerminalWidget::scrollbackLine(int index) const
{
    if (index < 0 || index >= scrollbackCount())
        return {};
    return absoluteLineText(index, 0, int(m_term->scrollback[size_t(index)].size()));
}

void TerminalWidget::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = qMax(0, lines);
    while (int(m_term->scrollback.size()) > m_scrollbackLimit)
        m_term->scrollback.pop_front();
    m_scrollOffset = qMin(m_scrollOffset, int(m_term->scrollback.size()));
    m_hasSelection = false;
    syncScrollBar();
    update();
}

void TerminalWidget::scrollTo(int offset)
{
    offset = qBound(0, offset, int(m_term->scrollback.size()));
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    syncScrollBar();
    update();
}

bool TerminalWidget::hasSelection() const
{
    return m_hasSelection && m_selectionAnchor != m_selectionEnd;
}

QString TerminalWidget::selectedText() const
{
    if (!hasSelection())
        return {};
    QPoint a = m_selectionAnchor, b = m_selectionEnd;
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    QStringList lines;
    for (int line = a.y(); line <= b.y(); ++line) {
        const int from = line == a.y() ? a.x() : 0;
        const int to = line == b.y() ? b.x() : cols();
        lines << absoluteLineText(line, from, to);
    }
    return lines.join(u'\n');
}

void TerminalWidget::selectAll()
{
    m_selectionAnchor = QPoint(0, 0);
    m_selectionEnd = QPoint(cols(), int(m_term->scrollback.size()) + rows() - 1);
    m_hasSelection = true;
    update();
}

void TerminalWidget::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    update();
}

void TerminalWidget::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    pasteText(QGuiApplication::clipboard()->text());
}

void TerminalWidget::pasteText(const QString &text)
{
    if (text.isEmpty())
        return;
    QString t = text;
    // A terminal's Enter is CR; a pasted line end must run the line like one.
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    t.replace(u'\n', u'\r');
    vterm_keyboard_start_paste(m_term->vt);
    for (char32_t c : t.toUcs4())
        vterm_keyboard_unichar(m_term->vt, uint32_t(c), VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_term->vt);
    scrollTo(0);
    flushOutput();
}

QSize TerminalWidget::cellSize() const
{
    return QSize(qCeil(m_cellWidth), m_cellHeight);
}

QSize TerminalWidget::sizeHint() const
{
    return QSize(qCeil(80 * m_cellWidth) + m_scrollBar->sizeHint().width() + 4, 24 * m_cellHeight + 4);
}

QSize TerminalWidget::minimumSizeHint() const
{
    return QSize(qCeil(MinCols * m_cellWidth) + m_scrollBar->sizeHint().width() + 4,
                 MinRows * m_cellHeight + 4);
}

bool TerminalWidget::event(QEvent *event)
{
    // Tab belongs to the shell (completion), not to focus navigation.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys the terminal needs win over the window's shortcuts.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier) || vtermKey(key->key()) != VTERM_KEY_NONE) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false;
}

void TerminalWidget::updateMetrics()
{
    const QFontMetricsF fm(font());
    m_cellWidth = fm.horizontalAdvance(u'M');
    if (m_cellWidth <= 0)
        m_cellWidth = 8;
    m_cellHeight = qMax(1, qCeil(fm.height()));
    m_ascent = qCeil(fm.ascent());
}

void TerminalWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && m_term->vt) {
        updateMetrics();
        fitToWidget();
        update();
    }
    QWidget::changeEvent(event);
}

void TerminalWidget::resizeEvent(QResizeEvent *)
{
    const int bar = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - bar, 0, bar, height());
    fitToWidget();
}

void TerminalWidget::fitToWidget()
{
    const int usableWidth = width() - m_scrollBar->sizeHint().width() - 4;
    const int usableHeight = height() - 4;
    applySize(qMax(MinRows, usableHeight / m_cellHeight), qMax(MinCols, int(usableWidth / m_cellWidth)));
}

void TerminalWidget::applySize(int newRows, int newCols)
{
    newRows = qMax(1, newRows);
    newCols = qMax(1, newCols);
    if (newRows == rows() && newCols == cols())
        return;
    vterm_set_size(m_term->vt, newRows, newCols);
    vterm_screen_flush_damage(m_term->screen);
    m_hasSelection = false;
    syncScrollBar();
    update();
    emit sizeChanged(newRows, newCols);
}

void TerminalWidget::flushOutput()
{
    if (m_output.isEmpty())
        return;
    emit sendData(std::exchange(m_output, {}));
}

void TerminalWidget::syncScrollBar()
{
    const int lines = int(m_term->scrollback.size());
    const QSignalBlocker block(m_scrollBar);
    m_scrollBar->setRange(0, lines);
    m_scrollBar->setPageStep(rows());
    m_scrollBar->setValue(lines - m_scrollOffset);
}

void TerminalWidget::updateCells(int startRow, int endRow, int startCol, int endCol)
{
    if (m_scrollOffset > 0) {
        update();
        return;
    }
    const int x = 2 + int(startCol * m_cellWidth) - 1;
    const int w = qCeil((endCol - startCol) * m_cellWidth) + 3;
    update(QRect(x, 2 + startRow * m_cellHeight, w, (endRow - startRow) * m_cellHeight));
}

QPoint TerminalWidget::cellAt(const QPoint &pixel) const
{
    const int col = qBound(0, int((pixel.x() - 2) / m_cellWidth + 0.5), cols());
    const int row = qBound(0, (pixel.y() - 2) / m_cellHeight, rows() - 1);
    return QPoint(col, int(m_term->scrollback.size()) - m_scrollOffset + row);
}

QString TerminalWidget::absoluteLineText(int line, int fromCol, int toCol) const
{
    QString text;
    for (int c = fromCol; c < toCol; ++c) {
        const VTermScreenCell cell = m_term->cell(line, c);
        if (cell.chars[0] == WideContinuation)
            continue;
        const QString s = cellString(cell);
        text += s.isEmpty() ? QStringLiteral(" ") : s;
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

bool TerminalWidget::isSelected(int line, int col) const
{
    if (!hasSelection())
        return false;
    QPoint a = m_selectionAnchor, b = m_selectionEnd;
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    if (line < a.y() || line > b.y())
        return false;
    if (line == a.y() && col < a.x())
        return false;
    if (line == b.y() && col >= b.x())
        return false;
    return true;
}

void TerminalWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect area = event->rect();
    p.fillRect(area, DefaultBackground);

    const int nRows = rows(), nCols = cols();
    const int firstRow = qMax(0, (area.top() - 2) / m_cellHeight);
    const int lastRow = qMin(nRows - 1, (area.bottom() - 2) / m_cellHeight);
    const int firstCol = qMax(0, int((area.left() - 2) / m_cellWidth) - 1);
    const int lastCol = qMin(nCols - 1, int((area.right() - 2) / m_cellWidth) + 1);
    const int topLine = int(m_term->scrollback.size()) - m_scrollOffset;
    const VTermPos cursor = m_term->cursor;
    const bool showCursor = m_cursorVisible && m_scrollOffset == 0;

    const QFont base = font();
    QFont styled = base;
    for (int row = firstRow; row <= lastRow; ++row) {
        const int line = topLine + row;
        const int y = 2 + row * m_cellHeight;
        // Runs of plain ASCII in one style are drawn as one string: the font is
        // monospace, so they land on the cell grid.
        QString run;
        qreal runX = 0;
        QColor runColor;
        VTermScreenCellAttrs runAttrs{};
        auto flush = [&] {
            if (run.isEmpty())
                return;
            styled.setBold(runAttrs.bold);
            styled.setItalic(runAttrs.italic);
            styled.setUnderline(runAttrs.underline != 0);
            styled.setStrikeOut(runAttrs.strike);
            p.setFont(styled);
            p.setPen(runColor);
            p.drawText(QPointF(runX, y + m_ascent), run);
            run.clear();
        };
        for (int col = firstCol; col <= lastCol; ++col) {
            const VTermScreenCell cell = m_term->cell(line, col);
            if (cell.chars[0] == WideContinuation)
                continue;
            bool reverse = cell.attrs.reverse;
            if (isSelected(line, col))
                reverse = !reverse;
            const bool isCursor = showCursor && row == cursor.row && col == cursor.col;
            if (isCursor && hasFocus())
                reverse = !reverse;
            QColor fg = m_term->color(reverse ? cell.bg : cell.fg, !reverse);
            const QColor bg = m_term->color(reverse ? cell.fg : cell.bg, reverse);
            const qreal x = 2 + col * m_cellWidth;
            const int width = qMax(1, int(cell.width));
            const QRectF box(x, y, width * m_cellWidth, m_cellHeight);
            if (bg != DefaultBackground)
                p.fillRect(box, bg);
            if (isCursor && !hasFocus()) {
                p.setPen(DefaultForeground);
                p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
            }
            const QString text = cellString(cell);
            const bool plain = width == 1 && text.size() == 1 && text.at(0).unicode() > 0x20
                               && text.at(0).unicode() < 0x7f;
            const bool sameStyle = !run.isEmpty() && fg == runColor && cell.attrs.bold == runAttrs.bold
                                   && cell.attrs.italic == runAttrs.italic
                                   && cell.attrs.underline == runAttrs.underline
                                   && cell.attrs.strike == runAttrs.strike
                                   && qFuzzyCompare(runX + run.size() * m_cellWidth, x);
            if (plain && sameStyle) {
                run += text;
                continue;
            }
            flush();
            if (text.isEmpty() || text == QLatin1String(" ")) {
                if (cell.attrs.underline || cell.attrs.strike) {
                    // An underlined blank still shows its line.
                    runColor = fg;
                    runAttrs = cell.attrs;
                    runX = x;
                    run = QStringLiteral(" ");
                    flush();
                }
                continue;
            }
            runColor = fg;
            runAttrs = cell.attrs;
            runX = x;
            run = text;
            if (!plain)
                flush(); // wide or combining: alone, on its own cells
        }
        flush();
    }
    p.setFont(base);
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if (ctrlShift && event->key() == Qt::Key_V) {
        paste();
        return;
    }
    if ((mods & Qt::ShiftModifier) && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        const int step = qMax(1, rows() - 1);
        scrollTo(m_scrollOffset + (event->key() == Qt::Key_PageUp ? step : -step));
        return;
    }

    VTerm *vt = m_term->vt;
    const VTermModifier mod = modifiersOf(mods);
    const VTermKey key = vtermKey(event->key());
    if (key != VTERM_KEY_NONE) {
        // Shift+Tab is the back-tab key, not Tab with a modifier libvterm would drop.
        VTermModifier keyMod = mod;
        if (event->key() == Qt::Key_Backtab)
            keyMod = VTermModifier(keyMod | VTERM_MOD_SHIFT);
        vterm_keyboard_key(vt, key, keyMod);
    } else if ((mods & Qt::ControlModifier) && controlCharacter(event->key())) {
        vterm_keyboard_unichar(vt, controlCharacter(event->key()), mod);
    } else if (!event->text().isEmpty()) {
        for (char32_t c : event->text().toUcs4()) {
            // Text the platform already turned into a control byte goes as it is.
            const bool control = c < 0x20 || c == 0x7f;
            vterm_keyboard_unichar(vt, uint32_t(c),
                                   control ? VTERM_MOD_NONE : VTermModifier(mod & ~VTERM_MOD_CTRL));
        }
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    scrollTo(0);
    flushOutput();
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event)
{
    const QString text = event->commitString();
    if (!text.isEmpty()) {
        for (char32_t c : text.toUcs4())
            vterm_keyboard_unichar(m_term->vt, uint32_t(c), VTERM_MOD_NONE);
        scrollTo(0);
        flushOutput();
    }
    event->accept();
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selectionAnchor = m_selectionEnd = cellAt(event->position().toPoint());
        m_selecting = true;
        m_hasSelection = true;
        update();
    } else if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        pasteText(clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection) : clipboard->text());
    }
    QWidget::mousePressEvent(event);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting) {
        const QPoint pos = event->position().toPoint();
        // Dragging past an edge scrolls the scrollback.
        if (pos.y() < 0)
            scrollTo(m_scrollOffset + 1);
        else if (pos.y() > height())
            scrollTo(m_scrollOffset - 1);
        m_selectionEnd = cellAt(pos);
        update();
    }
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (hasSelection() && clipboard->supportsSelection())
            clipboard->setText(selectedText(), QClipboard::Selection);
    }
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // A word: the run of non-blank cells around the click.
    const QPoint at = cellAt(event->position().toPoint());
    auto blank = [this, line = at.y()](int col) {
        const QString s = cellString(m_term->cell(line, col));
        return s.isEmpty() || s == QLatin1String(" ");
    };
    int from = qMin(at.x(), cols() - 1), to = from;
    if (blank(from))
        return;
    while (from > 0 && !blank(from - 1))
        --from;
    while (to < cols() - 1 && !blank(to + 1))
        ++to;
    m_selectionAnchor = QPoint(from, at.y());
    m_selectionEnd = QPoint(to + 1, at.y());
    m_hasSelection = true;
    m_selecting = false;
    update();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        scrollTo(m_scrollOffset + steps * WheelLines);
    event->accept();
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Terminal menu"));
    QAction *copyAction = menu->addAction(tr("Copy"), this, &TerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu->addAction(tr("Paste"), this, &TerminalWidget::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(!QGuiApplication::clipboard()->text().isEmpty());
    menu->addSeparator();
    menu->addAction(tr("Select All"), this, &TerminalWidget::selectAll);
    menu->popup(event->globalPos());
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    vterm_state_focus_in(vterm_obtain_state(m_term->vt));
    flushOutput();
    updateCells(m_term->cursor.row, m_term->cursor.row + 1, m_term->cursor.col, m_term->cursor.col + 1);
    QWidget::focusInEvent(event);
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    vterm_state_focus_out(vterm_obtain_state(m_term->vt));
    flushOutput();
    updateCells(m_term->cursor.row, m_term->cursor.row + 1, m_term->cursor.col, m_term->cursor.col + 1);
    QWidget::focusOutEvent(event);
}
