# Makes the NPY/NPZ reference files with numpy (run with Debian's /usr/bin/python3, numpy 1.24).
import numpy as np
f64 = (np.arange(12, dtype=np.float64).reshape(3, 4) * 0.5 - 1.25) / 3.0
f64[0, 0] = np.pi
f32 = (np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7.0).astype(np.float32)
i64 = np.array([0, 1, -2, 2**40, -(2**62), 7], dtype=np.int64)
np.save("f64_2d.npy", f64)
np.save("f32_3d.npy", f32)
np.save("i64_1d.npy", i64)
np.savez("mixed.npz", energies=f64, coords=f32, ids=i64)
np.savez_compressed("mixed_compressed.npz", energies=f64, coords=f32, ids=i64)
