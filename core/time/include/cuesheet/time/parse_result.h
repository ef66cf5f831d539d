#pragma once

#include <optional>
#include <string>
#include <utility>

namespace cuesheet {

// The outcome of parsing text: a value, or a sentence saying what was wrong and what was
// expected. (std::expected is C++23; this is the small part of it we need.)
template <typename T> class ParseResult {
public:
    static ParseResult success(T value) { return ParseResult(std::move(value), {}); }
    static ParseResult failure(std::string error) {
        return ParseResult(std::nullopt, std::move(error));
    }

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *value_; }
    const T& operator*() const { return *value_; }
    const std::string& error() const { return error_; }

private:
    ParseResult(std::optional<T> value, std::string error)
        : value_(std::move(value))
        , error_(std::move(error)) {}
    std::optional<T> value_;
    std::string error_;
};

} // namespace cuesheet
