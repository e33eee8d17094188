#pragma once

#include <runspec.h>

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// One mount as the run and recreate dialogs edit it: type, source (a volume
// offered from the engine's, or a host folder with a picker), target,
// tmpfs size, read-only, Remove; under it, what that type of mount means or
// a note of the dialog's.
class MountRowEdit : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        std::function<QStringList()> volumeNames; // offered for volume mounts
        bool engineIsLocal = true;                // the folder picker shows this machine's folders
        bool explainType = true;                  // the line under the row says what the type means
    };

    MountRowEdit(RunMount::Type type, const QString &source, const QString &target, bool readOnly,
                 const QString &tmpfsSize, const Options &options, QWidget *parent = nullptr);

    // The row's values, trimmed; a tmpfs has no source.
    RunMount mount() const;
    RunMount::Type type() const;
    // Shown under the row; when empty, the type's explanation (if asked for) shows.
    void setNote(const QString &note);
    // The field a RunSpecError's part names ("source", "size", anything else: the target).
    QWidget *field(const QString &part) const;
    QList<QWidget *> fields() const;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *sourceBox() const { return m_source; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *sizeEdit() const { return m_size; }

    // What a mount of this type is, in a sentence.
    static QString explanation(RunMount::Type type);

signals:
    void changed();
    void removeRequested();

private:
    void typeChanged();
    void chooseFolder();
    void showNote();

    Options m_options;
    QString m_note;
    QComboBox *m_type;
    QComboBox *m_source;
    QToolButton *m_browse;
    QLineEdit *m_target;
    QLineEdit *m_size;
    QCheckBox *m_readOnly;
    QLabel *m_noteLabel;
};
