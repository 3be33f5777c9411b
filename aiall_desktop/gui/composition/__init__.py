"""The diversity figures on screen: the composition badge, its wording, the 26 % warning."""
