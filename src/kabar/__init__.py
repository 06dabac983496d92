"""kabar: reads Indonesian news the way a careful analyst would."""
from __future__ import annotations

__version__ = "0.1.0"
