#include "allocator.h"

#if defined(__GLIBC__)
#include <climits>
#include <malloc.h>
#endif

namespace rb {

void tuneAllocatorForViews()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, INT_MAX);
#endif
}

} // namespace rb
