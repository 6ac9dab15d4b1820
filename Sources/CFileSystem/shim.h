// statfs(2), which Swift's Glibc module leaves out: the filesystem type of a path, so that a
// corpus walk can refuse pseudo-filesystems (/proc, /sys) by what they are, not by their path.
#ifdef __linux__
#include <sys/vfs.h>
#else
#include <sys/mount.h>
#endif
