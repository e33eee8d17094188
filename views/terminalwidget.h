#pragma once

#include <QColor>
#include <QPoint>
#include <QWidget>

#include <memory>

class QScrollBar;

// A VT terminal on libvterm: bytes from a process go in through feed(), what
// the keyboard and a paste make comes out of sendData(). Feeding only records
// which cells changed; they are painted on the next paint, so a flood of
// output costs one repaint, not one per byte. The size in cells follows the
// widget's and is announced by sizeChanged() so the process can follow it.
class TerminalWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    void feed(const QByteArray &bytes);
    // A fresh screen, scrollback and selection gone.
    void reset();

    int rows() const;
    int cols() const;
    // Sets the size in cells (the widget keeps its own size); tests and benches.
    void setTerminalSize(int rows, int cols);

    // The visible screen (scrollback excluded), rows joined by '\n', each
    // without its trailing blanks.
    QString screenText() const;
    // One screen row.
    QString lineText(int row) const;
    // One cell's text ("" for a blank, the whole character on a wide one's left half).
    QString cellText(int row, int col) const;
    // Column (x) and row (y) of the cursor.
    QPoint cursorPosition() const;
    QColor foregroundAt(int row, int col) const;
    QColor backgroundAt(int row, int col) const;
    bool isBoldAt(int row, int col) const;
    int cellWidthAt(int row, int col) const;

    int scrollbackCount() const;
    QString scrollbackLine(int index) const; // 0 is the oldest
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    // How many lines the view is scrolled back (0: following the output).
    int scrollOffset() const { return m_scrollOffset; }
    void scrollTo(int offset);

    bool hasSelection() const;
    QString selectedText() const;
    void selectAll();
    void clearSelection();
    void copy();
    void paste();

    QSize cellSize() const;
    qreal cellWidth() const { return m_cellWidth; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Bytes for the process: keys typed, text pasted, the terminal's replies.
    void sendData(const QByteArray &bytes);
    void sizeChanged(int rows, int cols);
    void titleChanged(const QString &title);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Terminal;
    friend struct Terminal;

    void updateMetrics();
    void fitToWidget();
    void applySize(int rows, int cols);
    void flushOutput();
    void syncScrollBar();
    void updateCells(int startRow, int endRow, int startCol, int endCol);
    // Absolute line: 0 is the oldest scrollback line, screen rows follow.
    QPoint cellAt(const QPoint &pixel) const;
    QString absoluteLineText(int line, int fromCol, int toCol) const;
    bool isSelected(int line, int col) const;
    void pasteText(const QString &text);

    std::unique_ptr<Terminal> m_term;
    QScrollBar *m_scrollBar;
    qreal m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    int m_scrollbackLimit = 5000;
    int m_scrollOffset = 0;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    bool m_selecting = false;
    bool m_hasSelection = false;
    QPoint m_selectionAnchor; // x: column, y: absolute line
    QPoint m_selectionEnd;
    QByteArray m_output;
    int m_outputHold = 0;
};
