// Placeholder until the ambient engineer lands the simulator (same public API).
#include "core/demo/AmbientSimulator.h"

namespace eco::demo {

AmbientSimulator::AmbientSimulator(const DemoWorld& world) : m_world(world) {}

void AmbientSimulator::write(store::Database&, const QString&, const Progress&) {}

} // namespace eco::demo
