#pragma once

#include <QLabel>
#include <QList>
#include <QSize>
#include <QString>

namespace viparita::app {

/// A word-wrapped label of plain text that measures its text as few times as it can.
///
/// Layouts ask a wrapped label's height for many widths while a window is laid out, and
/// QLabel lays its whole text out again for each question. This one answers a width it
/// has already measured from memory, until its text, font or style changes. Its size hints
/// take one layout, not QLabel's five (at 80, 40 and 20 average characters, on one line,
/// and a word a line): it would like 80 average characters, and can be as narrow as 12.
class WrappedLabel final : public QLabel {
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Measured {
        int width = 0;
        int height = 0;
    };
    /// Forgets what was measured when the text is no longer the one measured.
    void checkText() const;
    [[nodiscard]] QSize extra() const;

    /// The text the sizes are of; another text makes them stale.
    mutable QString m_measuredText;
    mutable QList<Measured> m_heights;
    mutable QSize m_sizeHint;
};

} // namespace viparita::app
