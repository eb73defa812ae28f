import type { Catalog } from './catalog';

export const de: Catalog = {
  'menu.find': 'Möbel finden',
  'menu.claim': 'Problem melden',
  'menu.status': 'Meine Reklamation verfolgen',
  'menu.faq': 'Häufige Fragen',
  'qr.handoff': 'Mit einem Mitarbeiter sprechen',
  'qr.yesThanks': 'Ja, danke',
  'qr.cheaper': 'Günstiger',
  'qr.noPhoto': 'Ich habe kein Foto',
  'qr.cancel': 'Abbrechen',
  'qr.backToAssistant': 'Zurück zum Assistenten',

  'greeting.reply': 'Guten Tag! Was kann ich heute für Sie tun?',
  'fallback.reply':
    'Das habe ich leider nicht ganz verstanden. Könnten Sie es anders formulieren oder eine der folgenden Optionen wählen?',
  'language.switched': 'Gern, ich fahre auf Deutsch fort. Was kann ich für Sie tun?',
  'technical.error':
    'Entschuldigung, ein technisches Problem hindert mich daran, Ihre Nachricht zu bearbeiten. Bitte versuchen Sie es gleich noch einmal oder bitten Sie um einen Mitarbeiter.',
  'closed.reply':
    'Dieses Gespräch ist beendet. Vielen Dank für Ihren Besuch; Sie können jederzeit ein neues beginnen.',
  'thanks.reply': 'Sehr gern! Bevor Sie gehen: Würden Sie dieses Gespräch mit 1 bis 5 bewerten?',
  'rating.thanks': 'Vielen Dank für Ihre Bewertung! Ich bin weiterhin für Sie da.',
  'cancel.done': 'Verstanden, ich breche diesen Vorgang ab. Was kann ich sonst für Sie tun?',

  'handoff.ack':
    'Ich leite Ihre Anfrage an einen Mitarbeiter weiter: Eine Person wird Ihnen hier so bald wie möglich antworten.',
  'handoff.repeatedFailure':
    'Ich kann Ihre Bestellung mit diesen Angaben nicht finden. Ich leite Ihre Anfrage an einen Mitarbeiter weiter, der Ihnen hier so bald wie möglich antwortet.',
  'handoff.back': 'Da bin ich wieder! Was kann ich für Sie tun?',

  'faq.menu':
    'Ich höre Ihnen zu: Garantie, Lieferung, Rückgabe, Pflege oder Zahlung. Hier einige häufige Fragen:',
  'faq.q.warranty': 'Wie lange gilt die Garantie?',
  'faq.q.delivery': 'Wie lang sind die Lieferzeiten?',
  'faq.q.returns': 'Wie kann ich einen Artikel zurückgeben?',
  'faq.q.care': 'Wie pflege ich ein Ledersofa?',
  'faq.q.payment': 'Welche Zahlungsarten akzeptieren Sie?',
  'faq.followUp': 'Hat Ihnen diese Antwort geholfen?',
  'faq.notFound':
    'Auf diese Frage habe ich keine fertige Antwort. Ein Mitarbeiter kann Ihnen antworten, oder Sie formulieren sie anders.',

  'products.askCategory': 'Sehr gern! Welche Art von Möbel suchen Sie?',
  'products.understood': 'Ich suche für Sie: {summary}.',
  'products.found': 'Das kann ich Ihnen vorschlagen:',
  'products.relaxed':
    'Mit allen Kriterien habe ich nichts gefunden; ohne {criterion} kann ich Ihnen Folgendes vorschlagen:',
  'products.none':
    'Leider habe ich nichts Passendes gefunden. Sie können ein Kriterium ändern (Budget, Maße, Farbe …) oder mit einem Mitarbeiter sprechen.',

  'category.sofa': 'Sofa',
  'category.armchair': 'Sessel',
  'category.bed': 'Bett',
  'category.mattress': 'Matratze',
  'category.table': 'Tisch',
  'category.chair': 'Stuhl',
  'category.storage': 'Kommode',
  'category.wardrobe': 'Kleiderschrank',
  'category.bookcase': 'Bücherregal',
  'category.tv_unit': 'TV-Möbel',
  'category.outdoor': 'Gartenmöbel',

  'criteria.maxPrice': 'unter {amount} €',
  'criteria.minPrice': 'über {amount} €',
  'criteria.width': 'höchstens {width} cm breit',
  'criteria.seats': '{seats} Sitzplätze',
  'criteria.style': 'Stil {style}',
  'criteria.colors': 'in {colors}',
  'criteria.material': 'aus {material}',
  'list.and': ' und ',
  'list.or': ' oder ',

  'style.contemporain': 'modern',
  'style.scandinave': 'skandinavisch',
  'style.industriel': 'Industrie',
  'style.classique': 'klassisch',
  'style.campagne': 'Landhaus',
  'style.design': 'Design',
  'style.vintage': 'Vintage',

  'color.gris': 'Grau',
  'color.noir': 'Schwarz',
  'color.blanc': 'Weiß',
  'color.beige': 'Beige',
  'color.bleu': 'Blau',
  'color.vert': 'Grün',
  'color.marron': 'Braun',
  'color.taupe': 'Taupe',
  'color.anthracite': 'Anthrazit',
  'color.naturel': 'Naturholz',
  'color.cognac': 'Cognac',
  'color.moutarde': 'Senfgelb',
  'color.ecru': 'Ecru',
  'color.terracotta': 'Terrakotta',
  'color.rouge': 'Rot',
  'color.jaune': 'Gelb',
  'color.rose': 'Rosa',

  'material.cuir': 'Leder',
  'material.velours': 'Samt',
  'material.tissu': 'Stoff',
  'material.chene': 'Eiche',
  'material.bois': 'Holz',
  'material.metal': 'Metall',
  'material.verre': 'Glas',
  'material.rotin': 'Rattan',
  'material.lin': 'Leinen',
  'material.microfibre': 'Mikrofaser',

  'usage.family': 'für eine Familie',
  'usage.kids': 'kinderfreundlich',
  'usage.pets': 'haustierfreundlich',
  'usage.smallSpace': 'für wenig Platz',
  'usage.outdoor': 'für draußen',

  'option.convertible': 'mit Schlaffunktion',
  'option.storage': 'mit Stauraum',
  'option.relax': 'mit Relaxfunktion',

  'relax.colors': 'die Farbe',
  'relax.style': 'den Stil',
  'relax.material': 'das Material',
  'relax.usage': 'den Verwendungszweck',
  'relax.options': 'die Optionen',
  'relax.seats': 'die Anzahl der Sitzplätze',
  'relax.maxWidthCm': 'die Breite',
  'relax.minPrice': 'den Mindestpreis',

  'claim.askOrder':
    'Ich helfe Ihnen gern. Um Ihre Bestellung zu finden, nennen Sie mir bitte die Bestellnummer (zum Beispiel CMD-2026-004512) sowie die E-Mail-Adresse oder Postleitzahl der Bestellung.',
  'claim.askProof':
    'Danke. Um zu prüfen, dass die Bestellung {order} Ihnen gehört, nennen Sie mir bitte die E-Mail-Adresse oder Postleitzahl der Bestellung.',
  'claim.askNumber':
    'Ich benötige außerdem die Bestellnummer (zum Beispiel CMD-2026-004512). Zum Schutz Ihrer Daten speichere ich weder E-Mail-Adresse noch Postleitzahl: Bitte geben Sie sie zusammen mit der Nummer an.',
  'claim.notFound':
    'Ich finde keine Bestellung mit diesen Angaben. Bitte prüfen Sie die Bestellnummer sowie die E-Mail-Adresse oder Postleitzahl der Bestellung und versuchen Sie es erneut.',
  'claim.verified': 'Danke, ich habe Ihre Bestellung {order} gefunden.',
  'claim.askProduct': 'Um welches Produkt geht es?',
  'claim.productNotUnderstood':
    'Ich habe das Produkt nicht erkannt. Bitte wählen Sie es aus der Liste oder nennen Sie seine Nummer (1, 2 …).',
  'claim.askDescription': 'Könnten Sie das Problem mit {product} beschreiben?',
  'claim.askDescriptionGeneric': 'Könnten Sie das Problem beschreiben?',
  'claim.describeMore':
    'Könnten Sie mir etwas mehr erzählen (was beschädigt ist oder nicht funktioniert, seit wann)?',

  'empathy.calm': 'Danke für diese Angaben, ich kümmere mich um Ihr Anliegen.',
  'empathy.concerned': 'Ich verstehe Ihre Sorge und kümmere mich sofort um Ihr Anliegen.',
  'empathy.frustrated':
    'Es tut mir aufrichtig leid für diese Unannehmlichkeit, und ich verstehe Ihren Ärger.',
  'empathy.angry':
    'Wir bitten vielmals um Entschuldigung: So möchten wir Sie nicht erleben lassen. Ihr Anliegen wird vorrangig bearbeitet.',
  'empathy.urgent': 'Ich bearbeite Ihr Anliegen dringend.',
  'safety.stop':
    'Benutzen Sie dieses Möbelstück aus Sicherheitsgründen bitte nicht mehr und halten Sie Kinder und Haustiere davon fern, bis es geprüft wurde.',

  'evidence.request': 'Um Ihre Reklamation zu bearbeiten, senden Sie mir bitte:',
  'evidence.formats':
    'Akzeptierte Formate: Fotos als JPEG, PNG, WebP oder HEIC (50 KB bis 20 MB), Videos als MP4 oder MOV (höchstens 100 MB).',
  'evidence.photos.one': '1 Foto',
  'evidence.photos.other': '{count} Fotos',
  'evidence.videos.one': '1 Video',
  'evidence.videos.other': '{count} Videos',
  'evidence.received.one': 'Danke, ich habe Ihre Datei erhalten.',
  'evidence.received.other': 'Danke, ich habe Ihre {count} Dateien erhalten.',
  'evidence.missing': 'Es fehlen noch: {missing}.',
  'evidence.infected.one':
    'Eine Datei wurde abgelehnt, da sie schädlich sein könnte; bitte senden Sie eine andere.',
  'evidence.infected.other':
    '{count} Dateien wurden abgelehnt, da sie schädlich sein könnten; bitte senden Sie andere.',
  'evidence.unverified.one': 'Eine Datei konnte nicht geprüft werden; bitte senden Sie sie erneut.',
  'evidence.unverified.other':
    '{count} Dateien konnten nicht geprüft werden; bitte senden Sie sie erneut.',
  'evidence.noneHint':
    'Wenn Sie kein Foto haben, sagen Sie es mir einfach: Ich leite Ihre Reklamation so weiter.',
  'evidence.detailsNoted': 'Danke, ich habe diese Angaben zu Ihrer Reklamation hinzugefügt.',

  'shots.structural':
    'Ein Foto des ganzen Möbelstücks\nEine Nahaufnahme der Bruchstelle\nEin Foto der Umgebung (Raum, Boden, Nutzungsposition)\nEin Video, das den Bruch oder das Spiel im Gestell zeigt',
  'shots.mechanism':
    'Ein Foto des geschlossenen Mechanismus\nEin Foto des geöffneten Mechanismus\nEin Video, das den Fehler während des Betriebs zeigt',
  'shots.fabric':
    'Eine Nahaufnahme des Mangels\nEin Foto des ganzen Möbelstücks\nEin Foto bei Tageslicht',
  'shots.cushions':
    'Ein Foto des Kissens von oben\nEin Foto von der Seite mit Höhenmaßstab (Maßband)',
  'shots.delivery':
    'Ein Foto der Schäden\nEin Foto der Verpackung\nEin Foto des Paketetiketts\nEin Foto des Lieferscheins',
  'shots.dimensions':
    'Ein Foto des ganzen Möbelstücks\nEin Foto des Maßbands über die Breite\nEin Foto des Maßbands über die Tiefe',
  'shots.assembly': 'Ein Foto des Problems (betroffenes Teil oder Befestigung)',
  'shots.smell': 'Ein Foto des betroffenen Möbelstücks',
  'shots.unknown': 'Ein Foto des Problems',

  'ticket.opened': 'Ihre Reklamation {reference} ist erfasst.',
  'ticket.sla':
    'Priorität {priority}: Ein Mitarbeiter antwortet Ihnen innerhalb von {response}, und ein Einsatz ist innerhalb von {intervention} vorgesehen.',
  'ticket.emailed': 'Eine Zusammenfassung wurde an {email} gesendet.',
  'priority.P0': 'höchste',
  'priority.P1': 'hoch',
  'priority.P2': 'normal',
  'priority.P3': 'niedrig',
  'duration.hours': '{count} Stunden',
  'duration.days': '{count} Tagen',

  'decision.auto_resolve': 'Gute Nachricht: Ihr Anliegen kann direkt geregelt werden.',
  'decision.technician':
    'Ein Techniker wird sich bei Ihnen melden, um einen Termin zu vereinbaren.',
  'decision.escalate': 'Ein Mitarbeiter übernimmt und antwortet Ihnen hier.',
  'resolution.auto_replacement': 'Wir veranlassen den Ersatz des Artikels.',
  'resolution.auto_repair': 'Wir veranlassen die Reparatur.',
  'resolution.auto_refund': 'Wir veranlassen Ihre Rückerstattung.',
  'resolution.spare_parts_order': 'Das benötigte Ersatzteil wird Ihnen zugeschickt.',
  'resolution.customer_education':
    'Sie erhalten unsere Hinweise zur Lösung des Problems (bei Geruch zum Beispiel den Raum 2 bis 3 Wochen lang lüften).',
  'resolution.not_covered':
    'Dieses Problem ist nicht von der Garantie gedeckt; wir bieten Ihnen kostenpflichtige Lösungen an (Reparaturangebot, Ersatzteil, Pflegeset).',
  'resolution.human_intervention': 'Ein Mitarbeiter prüft Ihre Reklamation.',
  'resolution.technician_dispatch': 'Ein Techniker wird vorbeikommen.',

  'status.new': 'Ihre Reklamation {reference} ist eingegangen und wird geprüft.',
  'status.problem_analysis': 'Ihre Reklamation {reference} wird analysiert.',
  'status.warranty_check': 'Wir prüfen die Garantie für Ihre Reklamation {reference}.',
  'status.evidence_collection':
    'Für Ihre Reklamation {reference} warten wir auf Fotos oder Unterlagen von Ihnen.',
  'status.priority_assessment': 'Wir bewerten die Priorität Ihrer Reklamation {reference}.',
  'status.decision_pending': 'Über Ihre Reklamation {reference} wird gerade entschieden.',
  'status.auto_resolved':
    'Für Ihre Reklamation {reference} wurde eine Lösung beschlossen, die gerade umgesetzt wird.',
  'status.escalated_to_human':
    'Ihre Reklamation {reference} wurde einem Mitarbeiter übergeben, der sich bei Ihnen meldet.',
  'status.awaiting_technician':
    'Ihre Reklamation {reference} wartet auf einen Techniker, der sich für einen Termin bei Ihnen meldet.',
  'status.in_progress': 'Ihre Reklamation {reference} wird bearbeitet.',
  'status.resolved': 'Ihre Reklamation {reference} ist gelöst.',
  'status.closed': 'Ihre Reklamation {reference} ist abgeschlossen.',
  'status.cancelled': 'Ihre Reklamation {reference} wurde storniert.',
  'status.unknown': 'Ihre Reklamation {reference} wird bearbeitet.',
  'status.askReference':
    'Wie lautet die Referenz Ihrer Reklamation? Sie sieht so aus: SAV-2026-000042.',
  'status.needOwnership':
    'Zum Schutz Ihrer Daten benötige ich die Nummer der betreffenden Bestellung sowie die E-Mail-Adresse oder Postleitzahl der Bestellung.',
  'status.notOnOrder':
    'Ich finde die Reklamation {reference} nicht zu dieser Bestellung. Ein Mitarbeiter hilft Ihnen bei Bedarf.',
};
