#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Reads what POST /build streams back: JSON messages, one after the other,
// cut anywhere by the transport. Stream text comes out as whole lines;
// "Step N/M : …" moves the current step; aux.ID (or "Successfully built")
// names the image; errorDetail/error ends the build, tied to the step that
// was running, hence to a Dockerfile line.
class BuildProgress
{
public:
    struct Event
    {
        enum class Kind { Line, Step, Image, Error };
        Kind kind = Kind::Line;
        QString text;  // the line, the step's instruction, the image ID, the error
        int step = 0;  // Step and Error: 1-based; 0 when none was seen
        int total = 0; // Step
    };

    // The events the bytes complete, in order.
    QList<Event> feed(QByteArrayView bytes);
    // The stream ended: a last unterminated line, and a cut-off message as text.
    QList<Event> finish();

    int currentStep() const { return m_step; }
    int totalSteps() const { return m_total; }
    QString imageId() const { return m_imageId; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    int errorStep() const { return m_errorStep; }
    // The Dockerfile line (1-based) the error points at: a parse error names
    // it; otherwise the line of the step that failed, from the first line of
    // each instruction. -1 when it is not known.
    int errorLine(const QList<int> &instructionLines) const;
    // instructionLines[step - 1], or -1.
    static int lineForStep(int step, const QList<int> &instructionLines);

private:
    void message(QByteArrayView json, QList<Event> &out);
    void text(const QString &text, QList<Event> &out);
    void line(const QString &line, QList<Event> &out);

    QByteArray m_buffer;
    qsizetype m_scanned = 0; // how far m_buffer was scanned for the current object
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    qsizetype m_start = -1;  // where the current object starts in m_buffer
    QString m_partialLine;
    int m_step = 0;
    int m_total = 0;
    QString m_imageId;
    QString m_error;
    int m_errorStep = 0;
};
