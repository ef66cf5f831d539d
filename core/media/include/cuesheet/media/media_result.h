#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cuesheet::media {

// Why a media operation gave no value. `message` is a sentence for a person that names the
// file and the reason ("file '/films/reel1.mov': moov atom not found (the file is truncated
// or not finished)"); `kind` is for code that must react differently (e.g. a player that
// reaches EndOfStream stops, one that gets Corrupt shows a warning).
struct MediaError {
    enum class Kind {
        NotFound,    // no such file, or not readable
        NotMedia,    // FFmpeg does not recognise the content
        NoStream,    // no stream of the kind asked for (e.g. no video in an audio file)
        Unsupported, // a stream FFmpeg cannot decode here (no decoder)
        Corrupt,     // truncated or damaged data where a frame was needed
        EndOfStream, // no frame after the last one / before the first one
        Cancelled,   // a background job was cancelled
        Io,          // reading or writing a cache failed
    };
    Kind kind = Kind::NotMedia;
    QString message;
};

// A value or a MediaError; the media layer's answer to anything that can fail. (std::expected
// is C++23.) Accessing value() of a failed result is a programming error (asserts).
template <typename T> class MediaResult {
public:
    static MediaResult success(T value) { return MediaResult(std::move(value)); }
    static MediaResult failure(MediaError error) { return MediaResult(std::move(error)); }
    static MediaResult failure(MediaError::Kind kind, QString message) {
        return MediaResult(MediaError{kind, std::move(message)});
    }

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T& operator*() const& { return *value_; }
    const T* operator->() const { return &*value_; }
    T* operator->() { return &*value_; }

    const MediaError& error() const { return error_; }
    const QString& errorMessage() const { return error_.message; }

private:
    explicit MediaResult(T value)
        : value_(std::move(value)) {}
    explicit MediaResult(MediaError error)
        : error_(std::move(error)) {}
    std::optional<T> value_;
    MediaError error_;
};

} // namespace cuesheet::media
