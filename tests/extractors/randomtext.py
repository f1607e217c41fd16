"""Random short texts over a small alphabet: for checking a fast scan against its plain pattern."""
import random


def random_texts(alphabet: str, seed: int, count: int = 3000, longest: int = 30):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
