# Post-hoc cases (written AFTER the first run) to show the case-level effect of extract discrepancies.
exec(open("make_cases.py").read().split("C=[]")[0])
C=[]
C.append(case("P01-de-cauda-hedged-solche",42,"male","lumbar",3,["radicular_pain"],[],[],
 [f("disc_extrusion","severe","L4-L5")],
 "MRT LWS: Große Bandscheibenextrusion LWK 4/5. Keine eindeutige Kompression der Cauda equina, aber eine solche ist nicht sicher auszuschließen.",lang="de"))
C.append(case("P02-en-discitis-neither",45,"female","lumbar",3,["axial_pain"],[],[],
 [f("disc_degeneration","moderate","L2-L3")],
 "MRI lumbar spine: L2-L3 disc degeneration with endplate irregularity. Without contrast, spondylodiscitis at L2-L3 can neither be confirmed nor excluded."))
C.append(case("P03-fr-fracture-lexclure",44,"female","lumbar",1,["axial_pain"],[],["low_energy_trauma"],
 [f("disc_bulge","mild","L4-L5")],
 "IRM lombaire : absence de fracture certaine du plateau supérieur de L1, mais on ne peut l'exclure. Discret bombement discal L4-L5.",lang="fr"))
C.append(case("P04-es-myelopathy-expected",52,"male","cervical",4,["axial_pain"],[],[],
 [f("disc_bulge","mild","C5-C6")],
 "RM cervical: Protrusión discal leve C5-C6 sin compresión medular. No hay evidencia de alteración de señal medular, que sería esperable en caso de mielopatía.",lang="es"))
C.append(case("P05-en-discitis-not-definitely-seen",50,"male","lumbar",3,["axial_pain"],[],[],
 [f("disc_extrusion","moderate","L4-L5")],
 "MRI lumbar spine: L4-L5 disc extrusion. Early discitis at L4-L5 is not definitely seen, although it cannot be ruled out."))
C.append(case("P06-en-instability-views",47,"female","cervical",5,["axial_pain"],[],[],
 [f("spondylolisthesis","mild","C4-C5")],
 "MRI cervical spine: 3 mm anterolisthesis of C4 on C5. Instability is considered unlikely, however flexion-extension views would be needed to exclude it."))
C.append(case("P07-fr-myelopathie-attendu",49,"female","cervical",4,["axial_pain"],[],[],
 [f("lordosis_straightening","mild","C3-C6")],
 "IRM cervicale : rectitude cervicale. Pas d'hypersignal médullaire, qui serait attendu en cas de myélopathie. Pas de compression médullaire.",lang="fr"))
for name,c in C:
    with open(f"cases/{name}.spinecase","w") as fh:
        json.dump(c,fh,ensure_ascii=False,indent=2); fh.write("\n")
