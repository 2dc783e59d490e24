#pragma once

#include "plugins/cue_backend.h"

#include <QObject>

namespace viparita::app {

/// The cue backend on Qt Multimedia (QSoundEffect, QMediaDevices) and Qt TextToSpeech.
class MultimediaCueBackend final : public QObject, public CueBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIPARITA_CUE_BACKEND_IID FILE "viparita_cues.json")
    Q_INTERFACES(viparita::app::CueBackend)

public:
    [[nodiscard]] std::unique_ptr<SoundOutput>
    createSoundOutput(const QList<QUrl> &sources, SoundOutputHandlers handlers) override;
    [[nodiscard]] std::unique_ptr<SpeechOutput>
    createSpeechOutput(const QLocale &language,
                       std::function<void(SpeechOutput::State)> stateChanged,
                       QString *whyNot) override;
};

} // namespace viparita::app
