import { drawableText, UNDRAWABLE_REPLACEMENT } from './domain/pdf-text';
import type { ClaimDossierView } from './dto/ticket-workspace.dto';

const TIME_ZONE = 'Europe/Paris';
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at);
}

/** The PDF file name of a dossier: the reference only (it is a safe token). */
export function dossierFileName(reference: string): string {
  return `${reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
}

/**
 * The claim file as a PDF, in French (agents' language), with the standard
 * fonts: characters they cannot draw (Arabic…) become '?', and the first page
 * says so. `compress: false` keeps the text readable in the raw file (tests).
 */
export async function renderDossierPdf(
  dossier: ClaimDossierView,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  // pdfkit (about 5 MB of heap once loaded) loads with the first dossier asked for as a PDF.
  const { default: PDFDocument } = await import('pdfkit');
  const { replaced } = drawableText(JSON.stringify(dossier));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: {
      Title: `Dossier ${dossier.reference}`,
      Subject: 'Dossier de réclamation SAV',
      Author: 'Meuble de France — SAV',
      Creator: 'Meuble de France SAV API',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const say = (text: string) => drawableText(text).text;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#1f3a5f').text(say(text));
    doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor('#000000');
  };
  const field = (label: string, value: string | number | boolean | null | undefined) => {
    const shown = value === null || value === undefined || value === '' ? '—' : String(value);
    doc.font('Helvetica-Bold').text(`${say(label)} : `, { continued: true });
    doc.font('Helvetica').text(say(shown));
  };
  const paragraph = (text: string) => doc.font('Helvetica').text(say(text));
  const bullet = (text: string) => doc.font('Helvetica').text(say(`•  ${text}`), { indent: 10 });

  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(say(`Dossier de réclamation ${dossier.reference}`));
  doc.font('Helvetica').fontSize(9).fillColor('#555555');
  doc.text(say(`Généré le ${when(dossier.generatedAt)} (heure de Paris)`));
  if (replaced > 0) {
    doc.text(
      say(
        `${replaced} caractère(s) que la police du PDF ne sait pas dessiner (arabe, emoji…) sont remplacés par « ${UNDRAWABLE_REPLACEMENT} ». Le dossier JSON contient le texte exact.`,
      ),
    );
  }
  doc.fillColor('#000000').fontSize(10);

  const t = dossier.ticket;
  heading('Ticket');
  field('Statut', t.status);
  field('Priorité', `${t.priority} (score ${t.score}/130)`);
  field('Catégorie', `${t.category}, gravité ${t.severity}`);
  field('Source', t.source);
  field('Créé le', when(t.createdAt));
  field('Mis à jour le', when(t.updatedAt));
  field(
    'Réponse due',
    `${when(t.sla.responseDueAt)}${t.sla.responseBreached ? ' — DÉPASSÉE' : ''}`,
  );
  field(
    'Intervention due',
    `${when(t.sla.interventionDueAt)}${t.sla.interventionBreached ? ' — DÉPASSÉE' : ''}`,
  );
  field('Décision', `${t.decision.action} (${t.decision.resolutionType})`);
  field('Assigné à', t.assigneeId);

  heading('Client');
  field('Nom', dossier.customer.name);
  field('E-mail', dossier.customer.email);
  field('Téléphone', dossier.customer.phone);
  field('Statut client', dossier.customer.tier);
  field('Code postal', dossier.customer.postcode);

  heading('Commande');
  const order = dossier.order;
  if (!order) paragraph('Aucune commande liée.');
  else {
    field('Numéro', order.number);
    field('Achat', order.purchaseDate);
    field('Livraison', order.deliveryDate);
    field('Total', euros.format(order.total));
    for (const line of order.lines) {
      bullet(
        `${line.quantity} × ${line.sku} — ${line.productName ?? 'article'} — ${euros.format(line.unitPrice)}`,
      );
    }
  }

  heading('Produit');
  if (!dossier.product) field('SKU', t.productSku);
  else {
    const p = dossier.product;
    field('SKU', p.sku);
    field('Nom', p.name);
    field('Catégorie', p.category);
    field('Prix', euros.format(p.effectivePrice));
    field(
      'Garantie (ans)',
      `structure ${p.warrantyYears.structure}, mécanismes ${p.warrantyYears.mechanisms}, revêtement ${p.warrantyYears.fabric}, coussins ${p.warrantyYears.cushions}`,
    );
  }

  heading('Description du client');
  paragraph(t.description);

  const a = dossier.analysis;
  heading('Analyse');
  field(
    'Catégorie',
    `${a.category}${a.secondaryCategory ? ` (secondaire : ${a.secondaryCategory})` : ''}, confiance ${Math.round(a.confidence * 100)} %`,
  );
  field('Gravité', a.severity);
  field('Symptômes', a.symptoms.join(', '));
  field('Ton', `${a.tone.level}, urgence ${a.tone.urgency}`);
  field('Priorité', `${a.priority}, score ${a.score}/130`);
  doc.font('Helvetica-Bold').text('Facteurs de priorité :');
  for (const f of a.factors) bullet(`${f.name} : ${f.points} pt — ${f.detail}`);
  field('SLA', `réponse ${a.sla.responseHours} h, intervention ${a.sla.interventionHours} h`);
  field('Décision', `${a.decision.action} (${a.decision.resolutionType})`);
  for (const reason of a.decision.reasons) bullet(reason);
  field(
    'Preuves attendues',
    `${a.evidence.photos} photo(s), ${a.evidence.videos} vidéo(s) ; complétude ${a.evidence.completeness ?? '—'} %`,
  );

  const w = dossier.warranty;
  heading('Garantie');
  field('Composant', w.component);
  field('Couvert', w.covered ? 'oui' : 'non');
  field("Jusqu'au", w.expiresAt);
  field('Exclusions', w.exclusions.join(', '));
  field('Motif', w.reason);
  for (const alt of w.alternatives) bullet(alt);

  heading('Preuves');
  if (dossier.evidence.length === 0) paragraph('Aucun fichier.');
  for (const e of dossier.evidence) {
    doc
      .font('Helvetica-Bold')
      .text(
        say(`${e.kind} — ${e.mimeType} — ${Math.round(e.size / 1024)} Ko — ${when(e.createdAt)}`),
      );
    doc.font('Courier').fontSize(8).text(`sha256 ${e.sha256}`);
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        say(
          `Analyse antivirus : ${e.scanStatus}${e.scanSignature ? ` (${e.scanSignature})` : ''} ; déposé par ${e.uploadedBy}`,
        ),
      );
  }

  heading('Récapitulatif et validation');
  field('Récapitulatif', `${dossier.recap.status}, ${dossier.recap.attempts} tentative(s)`);
  field('Envoyé le', when(dossier.recap.sentAt));
  field('Validation client', dossier.validation.status);
  field('Répondu le', when(dossier.validation.at));
  if (dossier.validation.correction) field('Correction', dossier.validation.correction);

  heading('Historique');
  for (const e of dossier.timeline) {
    const move = e.from || e.to ? ` ${e.from ?? '—'} → ${e.to ?? '—'}` : '';
    bullet(`${when(e.at)} — ${e.kind}${move} — ${e.actor}${e.note ? ` : ${e.note}` : ''}`);
  }

  heading('Conversation');
  if (dossier.transcript.length === 0) paragraph('Pas de conversation.');
  for (const m of dossier.transcript) {
    doc.font('Helvetica-Bold').text(say(`${m.role} — ${when(m.createdAt)}`));
    doc.font('Helvetica').text(say(m.text), { indent: 10 });
  }

  doc.end();
  return done;
}
