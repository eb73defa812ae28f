import type { Catalog } from './catalog';

export const ar: Catalog = {
  'menu.find': 'البحث عن قطعة أثاث',
  'menu.claim': 'الإبلاغ عن مشكلة',
  'menu.status': 'متابعة ملفي',
  'menu.faq': 'الأسئلة الشائعة',
  'qr.handoff': 'التحدث إلى موظف',
  'qr.yesThanks': 'نعم، شكرًا',
  'qr.cheaper': 'أرخص',
  'qr.noPhoto': 'ليس لدي صور',
  'qr.cancel': 'إلغاء',
  'qr.backToAssistant': 'العودة إلى المساعد',

  'greeting.reply': 'مرحبًا! كيف يمكنني مساعدتك اليوم؟',
  'fallback.reply': 'عذرًا، لم أفهم طلبك جيدًا. هل يمكنك إعادة صياغته أو اختيار أحد الخيارات أدناه؟',
  'language.switched': 'حسنًا، سأواصل باللغة العربية. كيف يمكنني مساعدتك؟',
  'technical.error':
    'عذرًا، حال خلل تقني دون معالجة رسالتك. يُرجى المحاولة مرة أخرى بعد قليل، أو طلب التحدث إلى موظف.',
  'closed.reply': 'انتهت هذه المحادثة. شكرًا لزيارتك، ويمكنك بدء محادثة جديدة في أي وقت.',
  'thanks.reply': 'على الرحب والسعة! قبل أن تغادر، هل يمكنك تقييم هذه المحادثة من 1 إلى 5؟',
  'rating.thanks': 'شكرًا جزيلًا على تقييمك! أنا في خدمتك إذا احتجت إلى أي شيء آخر.',
  'cancel.done': 'حسنًا، لقد أوقفت هذا الإجراء. كيف يمكنني مساعدتك أيضًا؟',

  'handoff.ack': 'سأحيل طلبك إلى أحد الموظفين، وسيرد عليك شخص هنا في أقرب وقت ممكن.',
  'handoff.repeatedFailure':
    'لم أتمكن من العثور على طلبك بهذه المعلومات. سأحيل طلبك إلى أحد الموظفين، وسيرد عليك هنا في أقرب وقت ممكن.',
  'handoff.back': 'ها قد عدت! كيف يمكنني مساعدتك؟',

  'faq.menu':
    'تفضل بسؤالك: الضمان أو التوصيل أو الإرجاع أو العناية أو الدفع. إليك بعض الأسئلة الشائعة:',
  'faq.q.warranty': 'ما مدة الضمان؟',
  'faq.q.delivery': 'ما هي مواعيد التوصيل؟',
  'faq.q.returns': 'كيف يمكنني إرجاع منتج؟',
  'faq.q.care': 'كيف أعتني بكنبة من الجلد؟',
  'faq.q.payment': 'ما هي طرق الدفع المقبولة؟',
  'faq.followUp': 'هل أفادتك هذه الإجابة؟',
  'faq.notFound':
    'ليست لدي إجابة جاهزة عن هذا السؤال. يمكن لأحد الموظفين الرد عليك، أو يمكنك صياغة السؤال بطريقة أخرى.',

  'products.askCategory': 'بكل سرور! ما نوع الأثاث الذي تبحث عنه؟',
  'products.understood': 'أبحث لك عن: {summary}.',
  'products.found': 'إليك ما أقترحه عليك:',
  'products.relaxed':
    'لم أجد شيئًا يطابق جميع هذه المعايير؛ دون مراعاة {criterion}، إليك ما أقترحه:',
  'products.none':
    'للأسف لم أجد ما يناسب طلبك. يمكنك تعديل أحد المعايير (الميزانية، الأبعاد، اللون…) أو التحدث إلى موظف.',

  'category.sofa': 'كنبة',
  'category.armchair': 'كرسي بذراعين',
  'category.bed': 'سرير',
  'category.mattress': 'مرتبة',
  'category.table': 'طاولة',
  'category.chair': 'كرسي',
  'category.storage': 'خزانة أدراج',
  'category.wardrobe': 'خزانة ملابس',
  'category.bookcase': 'مكتبة',
  'category.tv_unit': 'طاولة تلفزيون',
  'category.outdoor': 'أثاث حديقة',

  'criteria.maxPrice': 'بأقل من {amount} يورو',
  'criteria.minPrice': 'بأكثر من {amount} يورو',
  'criteria.width': 'بعرض {width} سم كحد أقصى',
  'criteria.seats': '{seats} مقاعد',
  'criteria.style': 'بطراز {style}',
  'criteria.colors': 'باللون {colors}',
  'criteria.material': 'من {material}',
  'list.and': ' و',
  'list.or': ' أو ',

  'style.contemporain': 'عصري',
  'style.scandinave': 'إسكندنافي',
  'style.industriel': 'صناعي',
  'style.classique': 'كلاسيكي',
  'style.campagne': 'ريفي',
  'style.design': 'تصميمي',
  'style.vintage': 'عتيق',

  'color.gris': 'الرمادي',
  'color.noir': 'الأسود',
  'color.blanc': 'الأبيض',
  'color.beige': 'البيج',
  'color.bleu': 'الأزرق',
  'color.vert': 'الأخضر',
  'color.marron': 'البني',
  'color.taupe': 'الرمادي البني',
  'color.anthracite': 'الرمادي الداكن',
  'color.naturel': 'الخشبي الطبيعي',
  'color.cognac': 'الكونياك',
  'color.moutarde': 'الخردلي',
  'color.ecru': 'العاجي',
  'color.terracotta': 'الطيني',
  'color.rouge': 'الأحمر',
  'color.jaune': 'الأصفر',
  'color.rose': 'الوردي',

  'material.cuir': 'الجلد',
  'material.velours': 'المخمل',
  'material.tissu': 'القماش',
  'material.chene': 'خشب البلوط',
  'material.bois': 'الخشب',
  'material.metal': 'المعدن',
  'material.verre': 'الزجاج',
  'material.rotin': 'الخيزران',
  'material.lin': 'الكتان',
  'material.microfibre': 'الألياف الدقيقة',

  'usage.family': 'مناسب للعائلة',
  'usage.kids': 'مناسب للأطفال',
  'usage.pets': 'مناسب للحيوانات الأليفة',
  'usage.smallSpace': 'لمساحة صغيرة',
  'usage.outdoor': 'للاستخدام الخارجي',

  'option.convertible': 'قابل للتحويل إلى سرير',
  'option.storage': 'مع مساحة تخزين',
  'option.relax': 'مع خاصية الاسترخاء',

  'relax.colors': 'اللون',
  'relax.style': 'الطراز',
  'relax.material': 'الخامة',
  'relax.usage': 'الاستخدام',
  'relax.options': 'الخيارات',
  'relax.seats': 'عدد المقاعد',
  'relax.maxWidthCm': 'العرض',
  'relax.minPrice': 'الحد الأدنى للسعر',

  'claim.askOrder':
    'سأساعدك. للعثور على طلبك، يُرجى تزويدي برقم الطلب (مثل CMD-2026-004512) وبالبريد الإلكتروني أو الرمز البريدي المستخدم عند الطلب.',
  'claim.askProof':
    'شكرًا. للتحقق من أن الطلب {order} يخصك، يُرجى تزويدي بالبريد الإلكتروني أو الرمز البريدي المستخدم عند الطلب.',
  'claim.askNumber':
    'أحتاج أيضًا إلى رقم الطلب (مثل CMD-2026-004512). حمايةً لبياناتك لا أحتفظ بالبريد الإلكتروني ولا بالرمز البريدي، لذا يُرجى كتابتهما مع الرقم.',
  'claim.notFound':
    'لم أعثر على أي طلب يطابق هذه المعلومات. يُرجى التحقق من رقم الطلب ومن البريد الإلكتروني أو الرمز البريدي المستخدم عند الطلب، ثم المحاولة مرة أخرى.',
  'claim.verified': 'شكرًا، لقد عثرت على طلبك {order}.',
  'claim.askProduct': 'ما المنتج المعني؟',
  'claim.productNotUnderstood':
    'لم أتعرف على المنتج. يُرجى اختياره من القائمة أو كتابة رقمه (1، 2…).',
  'claim.askDescription': 'هل يمكنك وصف المشكلة التي واجهتها مع {product}؟',
  'claim.askDescriptionGeneric': 'هل يمكنك وصف المشكلة التي واجهتها؟',
  'claim.describeMore': 'هل يمكنك إخباري بالمزيد (ما الذي تضرر أو لا يعمل، ومنذ متى)؟',

  'empathy.calm': 'شكرًا على هذه التفاصيل، سأتولى طلبك.',
  'empathy.concerned': 'أتفهم قلقك، وسأتولى طلبك على الفور.',
  'empathy.frustrated': 'أعتذر بصدق عن هذا الإزعاج، وأتفهم استياءك.',
  'empathy.angry':
    'نقدم لك خالص اعتذارنا، فهذه ليست التجربة التي نريدها لك. سيُعالج طلبك على سبيل الأولوية.',
  'empathy.urgent': 'سأعالج طلبك بصفة عاجلة.',
  'safety.stop':
    'حفاظًا على سلامتك، يُرجى التوقف عن استخدام قطعة الأثاث هذه وإبعاد الأطفال والحيوانات عنها حتى يتم فحصها.',

  'evidence.request': 'لمعالجة ملفك، يُرجى إرسال ما يلي:',
  'evidence.formats':
    'الصيغ المقبولة: صور JPEG أو PNG أو WebP أو HEIC (من 50 كيلوبايت إلى 20 ميغابايت)، ومقاطع فيديو MP4 أو MOV (100 ميغابايت كحد أقصى).',
  'evidence.photos.one': 'صورة واحدة',
  'evidence.photos.other': 'عدد الصور: {count}',
  'evidence.videos.one': 'مقطع فيديو واحد',
  'evidence.videos.other': 'عدد مقاطع الفيديو: {count}',
  'evidence.received.one': 'شكرًا، لقد استلمت ملفك.',
  'evidence.received.other': 'شكرًا، لقد استلمت ملفاتك (العدد: {count}).',
  'evidence.missing': 'ما زال ينقص: {missing}.',
  'evidence.infected.one': 'رُفض ملف لأنه قد يكون ضارًا؛ يُرجى إرسال ملف آخر.',
  'evidence.infected.other':
    'رُفضت ملفات (العدد: {count}) لأنها قد تكون ضارة؛ يُرجى إرسال ملفات أخرى.',
  'evidence.unverified.one': 'تعذر فحص ملف؛ يُرجى إرساله مرة أخرى.',
  'evidence.unverified.other': 'تعذر فحص ملفات (العدد: {count})؛ يُرجى إرسالها مرة أخرى.',
  'evidence.noneHint': 'إذا لم تكن لديك صور، فأخبرني بذلك وسأحيل ملفك كما هو.',
  'evidence.detailsNoted': 'شكرًا، لقد أضفت هذه التفاصيل إلى ملفك.',

  'shots.structural':
    'صورة لقطعة الأثاث كاملة\nصورة مقربة لموضع الكسر\nصورة للمحيط (الغرفة، الأرضية، وضعية الاستخدام)\nمقطع فيديو يُظهر الكسر أو الخلخلة في الهيكل',
  'shots.mechanism':
    'صورة للآلية وهي مغلقة\nصورة للآلية وهي مفتوحة\nمقطع فيديو يُظهر العطل أثناء التشغيل',
  'shots.fabric': 'صورة مقربة للعيب\nصورة لقطعة الأثاث كاملة\nصورة في ضوء النهار',
  'shots.cushions': 'صورة للوسادة من الأعلى\nصورة جانبية مع مرجع للارتفاع (شريط قياس)',
  'shots.delivery': 'صورة للأضرار\nصورة للتغليف\nصورة لملصق الطرد\nصورة لإيصال التسليم',
  'shots.dimensions':
    'صورة لقطعة الأثاث كاملة\nصورة لشريط القياس على العرض\nصورة لشريط القياس على العمق',
  'shots.assembly': 'صورة للمشكلة (القطعة أو التثبيت المعني)',
  'shots.smell': 'صورة لقطعة الأثاث المعنية',
  'shots.unknown': 'صورة للمشكلة',

  'ticket.opened': 'تم تسجيل ملفك {reference}.',
  'ticket.sla':
    'الأولوية {priority}: سيرد عليك أحد الموظفين خلال {response}، ومن المقرر التدخل خلال {intervention}.',
  'ticket.emailed': 'أُرسل ملخص إلى {email}.',
  'priority.P0': 'قصوى',
  'priority.P1': 'عالية',
  'priority.P2': 'عادية',
  'priority.P3': 'منخفضة',
  'duration.hours': '{count} ساعة',
  'duration.days': '{count} يومًا',

  'decision.auto_resolve': 'خبر سار: يمكن تسوية طلبك مباشرة.',
  'decision.technician': 'سيتصل بك فني لتحديد موعد للتدخل.',
  'decision.escalate': 'سيتولى أحد الموظفين ملفك وسيرد عليك هنا.',
  'resolution.auto_replacement': 'سنتولى استبدال المنتج.',
  'resolution.auto_repair': 'سنتولى إصلاح المنتج.',
  'resolution.auto_refund': 'سنقوم برد المبلغ إليك.',
  'resolution.spare_parts_order': 'سنرسل إليك قطعة الغيار اللازمة.',
  'resolution.customer_education':
    'ستتلقى نصائحنا لحل المشكلة (في حالة الرائحة مثلًا: تهوية الغرفة لمدة أسبوعين إلى ثلاثة أسابيع).',
  'resolution.not_covered':
    'هذه المشكلة غير مشمولة بالضمان؛ سنقترح عليك حلولًا مدفوعة (عرض سعر للإصلاح، قطعة غيار، طقم عناية).',
  'resolution.human_intervention': 'يدرس أحد الموظفين ملفك.',
  'resolution.technician_dispatch': 'سيحضر فني للتدخل.',

  'status.new': 'تم استلام ملفك {reference} وستتم دراسته.',
  'status.problem_analysis': 'ملفك {reference} قيد التحليل.',
  'status.warranty_check': 'نتحقق من الضمان المطبق على ملفك {reference}.',
  'status.evidence_collection': 'ملفك {reference} في انتظار صور أو مستندات منك.',
  'status.priority_assessment': 'نقيّم أولوية ملفك {reference}.',
  'status.decision_pending': 'يجري اتخاذ قرار بشأن ملفك {reference}.',
  'status.auto_resolved': 'تم اعتماد حل لملفك {reference} ويجري تنفيذه.',
  'status.escalated_to_human': 'أُحيل ملفك {reference} إلى أحد الموظفين، وسيعاود الاتصال بك.',
  'status.awaiting_technician': 'ملفك {reference} في انتظار فني سيتصل بك لتحديد موعد.',
  'status.in_progress': 'ملفك {reference} قيد المعالجة.',
  'status.resolved': 'تم حل ملفك {reference}.',
  'status.closed': 'تم إغلاق ملفك {reference}.',
  'status.cancelled': 'تم إلغاء ملفك {reference}.',
  'status.unknown': 'ملفك {reference} قيد المعالجة.',
  'status.askReference': 'ما هو مرجع ملفك؟ يكون على شكل SAV-2026-000042.',
  'status.needOwnership':
    'حمايةً لبياناتك، أحتاج إلى رقم الطلب المعني وإلى البريد الإلكتروني أو الرمز البريدي المستخدم عند الطلب.',
  'status.notOnOrder':
    'لم أعثر على الملف {reference} ضمن هذا الطلب. يمكن لأحد الموظفين مساعدتك عند الحاجة.',
};
