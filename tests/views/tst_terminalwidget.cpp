// The terminal widget on its own, offscreen: what bytes from a process make of
// the screen, what keys make for the process, and its size in cells.
#include <terminalwidget.h>

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TerminalWidget : public QObject
{
    Q_OBJECT
private slots:
    void screenText_data();
    void screenText();
    void colours_data();
    void colours();
    void wideCharacters();
    void keys_data();
    void keys();
    void copyAndPaste();
    void resizeEmitsSize();
    void scrollback();
    void feedingCoalescesRepaints();
    void accessibleName();
};

namespace {
// The screen's lines without the empty ones at the bottom.
QString shown(const TerminalWidget &w)
{
    QString text = w.screenText();
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}
} // namespace

void tst_TerminalWidget::screenText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QPoint>("cursor");

    // The simplest case: text lands at the top left and the cursor follows.
    QTest::newRow("text") << QByteArray("hello") << u"hello"_s << QPoint(5, 0);
    // CR LF starts the next line at its first column.
    QTest::newRow("crlf") << QByteArray("one\r\ntwo") << u"one\ntwo"_s << QPoint(3, 1);
    // A bare LF keeps the column: this is what a process without a TTY sends.
    QTest::newRow("bare lf") << QByteArray("ab\ncd") << u"ab\n  cd"_s << QPoint(4, 1);
    // CR alone goes back and overwrites (progress bars).
    QTest::newRow("cr overwrite") << QByteArray("12345\rab") << u"ab345"_s << QPoint(2, 0);
    // Backspace moves back; the shell's "\b \b" erases the last character.
    QTest::newRow("backspace erase") << QByteArray("abc\b \b") << u"ab"_s << QPoint(2, 0);
    // Colours are attributes, not text.
    QTest::newRow("sgr colours") << QByteArray("\x1b[31mred\x1b[0m plain") << u"red plain"_s << QPoint(9, 0);
    // CUP is 1-based: row 3, column 5.
    QTest::newRow("cursor move") << QByteArray("\x1b[3;5HX") << u"\n\n    X"_s << QPoint(5, 2);
    // Cursor up and forward relative moves.
    QTest::newRow("relative moves") << QByteArray("a\r\nb\x1b[A\x1b[2CZ") << u"a  Z\nb"_s << QPoint(4, 0);
    // ED 2 clears everything; the cursor stays where it was.
    QTest::newRow("clear screen") << QByteArray("junk\r\nmore\x1b[2J\x1b[Hnew") << u"new"_s << QPoint(3, 0);
    // EL clears to the end of the line only.
    QTest::newRow("erase line") << QByteArray("abcdef\r\x1b[3C\x1b[K") << u"abc"_s << QPoint(3, 0);
    // UTF-8, including a character split over two feeds' worth of bytes.
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac") << u"café €"_s << QPoint(6, 0);
    // A wide character takes two cells: the cursor moves by two.
    QTest::newRow("wide") << QByteArray("\xe4\xb8\xad\xe6\x96\x87!") << u"中文!"_s << QPoint(5, 0);
    // Malformed UTF-8 becomes a replacement character, not a crash.
    QTest::newRow("malformed utf-8") << QByteArray("a\xff" "b") << u"a\uFFFDb"_s << QPoint(3, 0);
    // An unknown escape sequence is swallowed.
    QTest::newRow("unknown escape") << QByteArray("x\x1b[999zy") << u"xy"_s << QPoint(2, 0);
    // A truncated escape at the end prints nothing yet.
    QTest::newRow("truncated escape") << QByteArray("ok\x1b[3") << u"ok"_s << QPoint(2, 0);
    // Long lines wrap at the width.
    QTest::newRow("wrap") << QByteArray(85, 'w') << QString(QString(80, u'w') + u'\n' + QString(5, u'w'))
                          << QPoint(5, 1);
}

void tst_TerminalWidget::screenText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QPoint, cursor);
    TerminalWidget w;
    w.setTerminalSize(24, 80);
    // Byte by byte, as a slow stream would hand them over: the result is the same.
    TerminalWidget split;
    split.setTerminalSize(24, 80);
    w.feed(bytes);
    for (char c : bytes)
        split.feed(QByteArray(1, c));
    QCOMPARE(shown(w), expected);
    QCOMPARE(w.cursorPosition(), cursor);
    QCOMPARE(shown(split), expected);
}

void tst_TerminalWidget::colours_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("defaultBackground");

    // The 16-colour palette; 31 is red.
    QTest::newRow("red") << QByteArray("\x1b[31mX") << QColor(224, 0, 0) << false << true;
    // 24-bit colour.
    QTest::newRow("truecolour") << QByteArray("\x1b[38;2;10;20;30mX") << QColor(10, 20, 30) << false << true;
    // Bold is an attribute of its own.
    QTest::newRow("bold") << QByteArray("\x1b[1mX") << QColor(0xd8, 0xd8, 0xd8) << true << true;
    // A background colour.
    QTest::newRow("background") << QByteArray("\x1b[44mX") << QColor(0xd8, 0xd8, 0xd8) << false << false;
    // Reset goes back to the defaults.
    QTest::newRow("reset") << QByteArray("\x1b[1;31m\x1b[0mX") << QColor(0xd8, 0xd8, 0xd8) << false << true;
}

void tst_TerminalWidget::colours()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QColor, foreground);
    QFETCH(bool, bold);
    QFETCH(bool, defaultBackground);
    TerminalWidget w;
    w.feed(bytes);
    QCOMPARE(w.cellText(0, 0), u"X"_s);
    QCOMPARE(w.foregroundAt(0, 0), foreground);
    QCOMPARE(w.isBoldAt(0, 0), bold);
    QCOMPARE(w.backgroundAt(0, 0) == QColor(0x1c, 0x1c, 0x1c), defaultBackground);
}

void tst_TerminalWidget::wideCharacters()
{
    TerminalWidget w;
    w.feed("a\xe4\xb8\xad" "b");
    QCOMPARE(w.cellText(0, 1), u"中"_s);
    QCOMPARE(w.cellWidthAt(0, 1), 2);
    QCOMPARE(w.cellText(0, 3), u"b"_s);
    // It paints without tripping over the second half.
    w.resize(400, 200);
    QVERIFY(!w.grab().isNull());
}

void tst_TerminalWidget::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("letter") << int(Qt::Key_A) << 0 << u"a"_s << QByteArray("a");
    QTest::newRow("shifted letter") << int(Qt::Key_A) << int(Qt::ShiftModifier) << u"A"_s << QByteArray("A");
    QTest::newRow("non-ascii") << int(Qt::Key_Eacute) << 0 << u"é"_s << QByteArray("\xc3\xa9");
    // Enter is CR, as a real terminal sends it.
    QTest::newRow("enter") << int(Qt::Key_Return) << 0 << u"\r"_s << QByteArray("\r");
    QTest::newRow("keypad enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << QString() << QByteArray("\r");
    // Backspace is DEL, what shells expect from xterm.
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << QString() << QByteArray("\x7f");
    // Tab goes to the shell for completion, not to the next widget.
    QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << u"\t"_s << QByteArray("\t");
    QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << QString() << QByteArray("\x1b");
    QTest::newRow("up") << int(Qt::Key_Up) << 0 << QString() << QByteArray("\x1b[A");
    QTest::newRow("down") << int(Qt::Key_Down) << 0 << QString() << QByteArray("\x1b[B");
    QTest::newRow("right") << int(Qt::Key_Right) << 0 << QString() << QByteArray("\x1b[C");
    QTest::newRow("left") << int(Qt::Key_Left) << 0 << QString() << QByteArray("\x1b[D");
    QTest::newRow("home") << int(Qt::Key_Home) << 0 << QString() << QByteArray("\x1b[H");
    QTest::newRow("delete") << int(Qt::Key_Delete) << 0 << QString() << QByteArray("\x1b[3~");
    QTest::newRow("page up") << int(Qt::Key_PageUp) << 0 << QString() << QByteArray("\x1b[5~");
    QTest::newRow("f1") << int(Qt::Key_F1) << 0 << QString() << QByteArray("\x1bOP");
    // Ctrl-C interrupts: byte 3, whatever text the platform attached.
    QTest::newRow("ctrl-c") << int(Qt::Key_C) << int(Qt::ControlModifier) << QString() << QByteArray("\x03");
    QTest::newRow("ctrl-c with text") << int(Qt::Key_C) << int(Qt::ControlModifier) << u"\x03"_s << QByteArray("\x03");
    QTest::newRow("ctrl-d") << int(Qt::Key_D) << int(Qt::ControlModifier) << QString() << QByteArray("\x04");
    QTest::newRow("ctrl-z") << int(Qt::Key_Z) << int(Qt::ControlModifier) << QString() << QByteArray("\x1a");
    // Alt prefixes ESC, as readline expects for Alt-b.
    QTest::newRow("alt-b") << int(Qt::Key_B) << int(Qt::AltModifier) << u"b"_s << QByteArray("\x1b" "b");
    // Ctrl+Up carries its modifier.
    QTest::newRow("ctrl-up") << int(Qt::Key_Up) << int(Qt::ControlModifier) << QString() << QByteArray("\x1b[1;5A");
    // A key with no meaning for a terminal sends nothing.
    QTest::newRow("shift alone") << int(Qt::Key_Shift) << int(Qt::ShiftModifier) << QString() << QByteArray();
}

void tst_TerminalWidget::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    TerminalWidget w;
    QSignalSpy sent(&w, &TerminalWidget::sendData);
    QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), text);
    QApplication::sendEvent(&w, &press);
    QByteArray got;
    for (const QList<QVariant> &args : sent)
        got += args.at(0).toByteArray();
    QCOMPARE(got, bytes);
}

void tst_TerminalWidget::copyAndPaste()
{
    TerminalWidget w;
    w.resize(600, 300);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.feed("first line\r\nsecond");
    QVERIFY(!w.hasSelection());
    // Drag from the start of "line" to the end of "sec".
    const QSize cell = w.cellSize();
    auto at = [&](int col, int row) {
        return QPoint(2 + qRound(col * w.cellWidth()) + 1, 2 + row * cell.height() + cell.height() / 2);
    };
    QTest::mousePress(&w, Qt::LeftButton, {}, at(6, 0));
    QTest::mouseMove(&w, at(3, 1));
    QTest::mouseRelease(&w, Qt::LeftButton, {}, at(3, 1));
    QVERIFY(w.hasSelection());
    QCOMPARE(w.selectedText(), u"line\nsec"_s);

    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"line\nsec"_s);

    // A pasted line end runs the line: it goes as CR.
    QGuiApplication::clipboard()->setText(u"echo a\necho b"_s);
    QSignalSpy sent(&w, &TerminalWidget::sendData);
    QTest::keyClick(&w, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("echo a\recho b"));

    // Bracketed paste, when the program asked for it.
    w.feed("\x1b[?2004h");
    sent.clear();
    w.paste();
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArray("\x1b[200~echo a\recho b\x1b[201~"));
}

void tst_TerminalWidget::resizeEmitsSize()
{
    TerminalWidget w;
    QSignalSpy sized(&w, &TerminalWidget::sizeChanged);
    const QSize cell = w.cellSize();
    w.resize(w.sizeHint());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The size hint is the classic 80×24.
    const int rows = w.rows();
    const int cols = w.cols();
    QCOMPARE(rows, 24);
    QCOMPARE(cols, 80);

    // Ten rows and twenty columns more: the size in cells follows.
    sized.clear();
    w.resize(w.width() + 20 * cell.width() + cell.width() / 2, w.height() + 10 * cell.height());
    QTRY_COMPARE(sized.size(), 1);
    QCOMPARE(sized.last().at(0).toInt(), rows + 10);
    QVERIFY(sized.last().at(1).toInt() >= cols + 19);
    QCOMPARE(w.rows(), rows + 10);

    // The same size again says nothing.
    sized.clear();
    w.resize(w.size());
    QTest::qWait(10);
    QCOMPARE(sized.size(), 0);

    // A tiny widget still has a usable terminal.
    w.resize(10, 10);
    QTRY_VERIFY(!sized.isEmpty());
    QVERIFY(w.rows() >= 2);
    QVERIFY(w.cols() >= 10);
}

void tst_TerminalWidget::scrollback()
{
    TerminalWidget w;
    w.setTerminalSize(5, 40);
    w.setScrollbackLimit(100);
    for (int i = 0; i < 30; ++i)
        w.feed(QByteArray("line ") + QByteArray::number(i) + "\r\n");
    QCOMPARE(w.scrollbackCount(), 26);
    QCOMPARE(w.scrollbackLine(0), u"line 0"_s);
    QCOMPARE(w.lineText(0), u"line 26"_s);
    // Scrolling back shows old lines; a key brings the view back down.
    w.scrollTo(3);
    QCOMPARE(w.scrollOffset(), 3);
    QTest::keyClick(&w, Qt::Key_A);
    QCOMPARE(w.scrollOffset(), 0);
    // The limit holds.
    w.setScrollbackLimit(10);
    QCOMPARE(w.scrollbackCount(), 10);
    QCOMPARE(w.scrollbackLine(0), u"line 16"_s);
}

void tst_TerminalWidget::feedingCoalescesRepaints()
{
    // Many small feeds between two paints are painted once.
    class Counting : public TerminalWidget
    {
    public:
        int paints = 0;

    protected:
        void paintEvent(QPaintEvent *e) override
        {
            ++paints;
            TerminalWidget::paintEvent(e);
        }
    };
    Counting w;
    w.resize(600, 300);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    w.paints = 0;
    for (int i = 0; i < 2000; ++i)
        w.feed(QByteArray(1, char('a' + i % 26)));
    QVERIFY(w.paints == 0);
    QTRY_VERIFY(w.paints >= 1);
    QVERIFY(w.paints <= 2);
}

void tst_TerminalWidget::accessibleName()
{
    TerminalWidget w;
    QVERIFY(!w.accessibleName().isEmpty());
}

QTEST_MAIN(tst_TerminalWidget)
#include "tst_terminalwidget.moc"
