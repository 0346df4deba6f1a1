from gen import *
b=dict(symptoms=["radicular_pain","bilateral_radicular_symptoms"],symptom_duration_weeks=2)
run("b01_bilat_base",base(**b),summary=True)
