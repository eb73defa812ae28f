import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalog, FAQ, customers and orders, and after-sales tickets with their timeline. */
export class CatalogOrdersTickets1764200000000 implements MigrationInterface {
  name = 'CatalogOrdersTickets1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // French stemming that ignores accents: "canapé", "canapés" and "canape" are one word.
    await q.query('CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french)');
    await q.query(
      'ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem',
    );

    await q.query(`
      CREATE TABLE product (
        sku varchar(64) PRIMARY KEY,
        name varchar(200) NOT NULL,
        category varchar(32) NOT NULL,
        description text NOT NULL,
        price numeric(10,2) NOT NULL CHECK (price >= 0),
        promo_price numeric(10,2) CHECK (promo_price >= 0 AND promo_price < price),
        effective_price numeric(10,2) GENERATED ALWAYS AS (COALESCE(promo_price, price)) STORED,
        width_cm integer NOT NULL CHECK (width_cm > 0),
        depth_cm integer NOT NULL CHECK (depth_cm > 0),
        height_cm integer NOT NULL CHECK (height_cm > 0),
        seats integer CHECK (seats > 0),
        style varchar(32) NOT NULL,
        materials text[] NOT NULL DEFAULT '{}',
        colors text[] NOT NULL DEFAULT '{}',
        options jsonb NOT NULL DEFAULT '{}',
        stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
        delivery_days integer NOT NULL CHECK (delivery_days >= 0),
        rating numeric(2,1) NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
        review_count integer NOT NULL DEFAULT 0 CHECK (review_count >= 0),
        warranty_years jsonb NOT NULL,
        search_extra text NOT NULL DEFAULT '',
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent', name), 'A') ||
          setweight(to_tsvector('fr_unaccent', search_extra), 'B') ||
          setweight(to_tsvector('fr_unaccent', description), 'C')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX product_search_idx ON product USING gin (search_vector)');
    await q.query('CREATE INDEX product_category_price_idx ON product (category, effective_price)');
    await q.query('CREATE INDEX product_name_trgm_idx ON product USING gin (name gin_trgm_ops)');

    await q.query(`
      CREATE TABLE faq_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL UNIQUE,
        category varchar(32) NOT NULL,
        question text NOT NULL,
        answer text NOT NULL,
        question_en text NOT NULL DEFAULT '',
        answer_en text NOT NULL DEFAULT '',
        keywords text[] NOT NULL DEFAULT '{}',
        keywords_text text NOT NULL DEFAULT '',
        useful_count integer NOT NULL DEFAULT 0,
        not_useful_count integer NOT NULL DEFAULT 0,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('fr_unaccent', question), 'A') ||
          setweight(to_tsvector('fr_unaccent', keywords_text), 'A') ||
          setweight(to_tsvector('fr_unaccent', answer), 'C')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX faq_entry_search_idx ON faq_entry USING gin (search_vector)');
    await q.query(`
      CREATE TABLE faq_vote (
        id bigserial PRIMARY KEY,
        faq_id uuid NOT NULL REFERENCES faq_entry(id) ON DELETE CASCADE,
        useful boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL UNIQUE,
        first_name varchar(100),
        last_name varchar(100),
        postcode varchar(16) NOT NULL,
        tier varchar(16) NOT NULL DEFAULT 'standard',
        phone varchar(32),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE customer_order (
        number varchar(32) PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        postcode varchar(16) NOT NULL,
        purchase_date date NOT NULL,
        delivery_date date,
        total numeric(12,2) NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX customer_order_customer_idx ON customer_order (customer_id)');
    await q.query(`
      CREATE TABLE order_line (
        order_number varchar(32) NOT NULL REFERENCES customer_order(number) ON DELETE CASCADE,
        line_no integer NOT NULL,
        sku varchar(64) NOT NULL,
        product_name varchar(200),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0),
        PRIMARY KEY (order_number, line_no)
      )`);

    await q.query('CREATE SEQUENCE ticket_reference_seq');
    await q.query(`
      CREATE TABLE ticket (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(20) NOT NULL UNIQUE,
        status varchar(32) NOT NULL,
        priority varchar(2) NOT NULL,
        score integer NOT NULL,
        category varchar(32) NOT NULL,
        severity varchar(2) NOT NULL,
        description text NOT NULL,
        source varchar(16) NOT NULL,
        order_number varchar(32) REFERENCES customer_order(number),
        product_sku varchar(64),
        customer_id uuid REFERENCES customer(id),
        customer_email varchar(254),
        customer_name varchar(200),
        customer_phone varchar(32),
        analysis jsonb NOT NULL,
        decision_action varchar(32) NOT NULL,
        resolution_type varchar(32) NOT NULL,
        response_due_at timestamptz NOT NULL,
        intervention_due_at timestamptz NOT NULL,
        first_response_at timestamptz,
        resolved_at timestamptz,
        assignee_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX ticket_queue_idx ON ticket (status, priority, created_at)');
    await q.query('CREATE INDEX ticket_customer_idx ON ticket (customer_id)');
    await q.query('CREATE INDEX ticket_response_due_idx ON ticket (response_due_at)');
    await q.query(`
      CREATE TABLE ticket_event (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor varchar(120) NOT NULL,
        kind varchar(32) NOT NULL,
        from_status varchar(32),
        to_status varchar(32),
        note text,
        data jsonb
      )`);
    await q.query('CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ticket_event');
    await q.query('DROP TABLE ticket');
    await q.query('DROP SEQUENCE ticket_reference_seq');
    await q.query('DROP TABLE order_line');
    await q.query('DROP TABLE customer_order');
    await q.query('DROP TABLE customer');
    await q.query('DROP TABLE faq_vote');
    await q.query('DROP TABLE faq_entry');
    await q.query('DROP TABLE product');
    await q.query('DROP TEXT SEARCH CONFIGURATION fr_unaccent');
  }
}
