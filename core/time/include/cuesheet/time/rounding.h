#pragma once

namespace cuesheet {

// How a conversion that cannot be exact picks its result.
//   Down    : toward negative infinity (floor)
//   Nearest : the closest value; exact halves go up (toward positive infinity)
//   Up      : toward positive infinity (ceiling)
enum class Rounding { Down, Nearest, Up };

} // namespace cuesheet
