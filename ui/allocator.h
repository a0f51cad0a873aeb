#pragma once

namespace rb {

// Tunes the C library's allocator for the window, once, before anything is opened.
//
// By default glibc maps every block over 32 MB afresh and unmaps it when freed, so each large
// block's pages fault in one by one on first touch. A table view's row header allocates one such
// block per table (twelve bytes a row: 75 MB for six million enrollments), and on the UI thread
// those faults alone cost 100-150 ms. Serving every block from the heap lets the header reuse
// pages the reader has just freed (the first show of that table took 26-33 ms instead). The heap
// still gives back what is free at its top; the peak at a million students stayed at 1.26 GB.
//
// Does nothing where the C library is not glibc.
void tuneAllocatorForViews();

} // namespace rb
