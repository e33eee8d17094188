#pragma once

#include "tarentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// Reads a tar stream as it arrives, in chunks of any size: headers are
// buffered (512 bytes, or a long name's or pax header's few bytes), content
// is handed on in the pieces it came in, or skipped without being kept.
// Understands ustar, GNU long names and links ('L', 'K') and pax headers
// ('x' path, linkpath, size, mtime). A malformed archive stops the reader with
// an error; nothing in it can make the reader allocate more than a small cap.
class TarReader
{
public:
    // Called once per member, before its content.
    using EntryHandler = std::function<void(const TarEntry &entry)>;
    // Whether a member's content is wanted; unwanted content is skipped.
    using DataFilter = std::function<bool(const TarEntry &entry)>;
    // A piece of wanted content; last is true on the member's final piece
    // (also called once, empty and last, for an empty wanted file).
    using DataHandler = std::function<void(const TarEntry &entry, QByteArrayView piece, bool last)>;

    // Longest long name or pax header accepted; real ones are a few hundred bytes.
    static constexpr qint64 MaxMetaSize = 1 << 20;
    // Larger sizes are taken as corruption, not as files.
    static constexpr qint64 MaxEntrySize = qint64(1) << 42;

    void setEntryHandler(EntryHandler handler) { m_onEntry = std::move(handler); }
    void setDataFilter(DataFilter filter) { m_wantData = std::move(filter); }
    void setDataHandler(DataHandler handler) { m_onData = std::move(handler); }

    // Feeds the next bytes; does nothing once finished or failed.
    void feed(QByteArrayView bytes);
    // The input ended: an archive cut inside a member is an error.
    void finish();

    bool hasFailed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The end-of-archive block was read (or finish() found the input complete).
    bool isAtEnd() const { return m_phase == Phase::End; }
    qint64 entryCount() const { return m_entries; }
    qint64 bytesRead() const { return m_offset; }

private:
    enum class Phase { Header, Meta, Data, Padding, End, Failed };
    enum class MetaKind { None, LongName, LongLink, Pax, GlobalPax };

    void processHeader();
    void processMeta();
    bool parsePax(const QByteArray &records, bool global);
    void fail(const QString &message);
    void startPadding(qint64 size);

    EntryHandler m_onEntry;
    DataFilter m_wantData;
    DataHandler m_onData;

    Phase m_phase = Phase::Header;
    QByteArray m_header;
    QByteArray m_meta;
    MetaKind m_metaKind = MetaKind::None;
    qint64 m_left = 0;      // content or meta bytes still to come
    qint64 m_padding = 0;   // bytes of padding still to skip
    bool m_deliver = false; // the current member's content is wanted
    TarEntry m_entry;
    qint64 m_offset = 0;
    qint64 m_entries = 0;
    QString m_error;

    // What the next header's own fields are overridden with.
    QString m_longName, m_longLink;
    QString m_paxPath, m_paxLink;
    qint64 m_paxSize = -1;
    qint64 m_paxMtime = -1;
    bool m_hasPaxMtime = false;
};
