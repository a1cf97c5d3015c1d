"""Test support: local servers, the fake ECE, Prism, spec values and walkers shared by the suites."""
