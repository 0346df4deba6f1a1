from gen import *
run("f23_age85_nohx",base(patient={"age_years":85},symptoms=["axial_pain"],region="thoracic"))
run("f24_age72_lowenergy",base(patient={"age_years":72},symptoms=["axial_pain"],region="thoracic",history=["low_energy_trauma"]))
