#pragma once

#include "cuesheet/media/audio_output.h"

#include <cstdint>
#include <vector>

namespace cuesheet::media {

// An AudioOutput with no device behind it: its clock moves only when advance() is called, by
// exactly the frames asked for, and it keeps what it "heard". Tests drive a player with it
// deterministically (the clock is theirs, not the wall clock's), and can check the sound the
// player produced sample by sample.
//
// A real device that finds no data plays silence and its clock stalls; this one instead waits
// (up to a timeout) for the player to supply the frames, so that a slow machine (a sanitizer
// build) gives the same results as a fast one.
class VirtualAudioOutput : public AudioOutput {
public:
    // The format the "device" plays, whatever the player asks for.
    explicit VirtualAudioOutput(AudioOutputFormat deviceFormat = {});

    AudioOutputFormat negotiate(AudioOutputFormat wanted) override;
    bool start(QIODevice* source, AudioOutputFormat format, QString* error) override;
    void stop() override;
    void suspend() override;
    void resume() override;
    std::int64_t playedFrames() override { return played_; }

    // Plays `frames` frames: reads them from the source, waiting up to `timeoutMs` for the
    // player to provide them. Returns the frames played (fewer only on timeout); 0 when not
    // started or suspended.
    std::int64_t advance(std::int64_t frames, int timeoutMs = 10'000);

    bool isStarted() const { return source_ != nullptr; }
    bool isSuspended() const { return suspended_; }
    int startCount() const { return startCount_; }
    const AudioOutputFormat& format() const { return format_; }
    // Everything played since the last start() (and the last discardHeard()), interleaved.
    const std::vector<float>& heardSinceStart() const { return heard_; }
    // Forgets what was heard so far, so a long run does not keep all of it; returns the frames
    // forgotten since the last start(), i.e. the frame heardSinceStart() now begins at.
    std::int64_t discardHeard();

private:
    AudioOutputFormat format_;
    QIODevice* source_ = nullptr;
    bool suspended_ = false;
    std::int64_t played_ = 0;
    std::int64_t discarded_ = 0; // frames dropped from heard_ since start()
    int startCount_ = 0;
    std::vector<float> heard_;
};

} // namespace cuesheet::media
