"""Golden floors on the seed articles through the whole pipeline (skipped without ../shared)."""
import pytest

# Measured with `kabar analyze` on the five seeds: untyped 0.9966, typed 0.9829, alias pairs 0.9953.
# Floors sit one or two flipped mentions below, so a real regression fails and noise does not.
FLOORS = {"entities_untyped": 0.98, "entities_typed": 0.96, "alias_pairs": 0.98}


@pytest.mark.parametrize("metric, floor", FLOORS.items())
def test_seed_entity_floor(seed_scores, metric, floor):
    assert seed_scores[metric]["f1"] >= floor, seed_scores[metric]
