/**
 * English function words, and the few verbs of reporting that every news
 * passage carries ("said", "told"): they say nothing about which claim a
 * passage makes, so they are left out of the terms a passage is matched on.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although am among an and another any are aren around as at ' +
    'be became because been before being below between both but by can cannot could did do does doing done down ' +
    'during each either else even ever every few for from further had has have having he her here hers herself him ' +
    'himself his how however i if in into is it its itself just least less like made make many may me might more ' +
    'most much must my myself neither no nor not now of off on once one only or other others our ours ourselves out ' +
    'over own per quite rather same shall she should since so some such than that the their theirs them themselves ' +
    'then there these they this those though through thus to too toward towards under until up upon us very via was ' +
    'we were what when where whether which while who whom whose why will with within without would yet you your ' +
    'yours yourself said says say saying told tell tells according reported reports stated added noted ' +
    'mr mrs ms s t re ve ll d'
  ).split(' '),
);
