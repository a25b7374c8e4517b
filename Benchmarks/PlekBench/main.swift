print("plek-bench: no benchmarks yet. The benchmark harness is a later issue; nothing is measured.")
