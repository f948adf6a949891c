import { Migration } from '@mikro-orm/migrations';

/** API keys for other systems, and the hash chain of the audit trail (existing events are sealed by the first sealer run). */
export class Migration20261127181000_security extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `api_key` (`id` integer not null primary key autoincrement, `name` text not null, `prefix` text not null, `secret_hash` text not null, `scopes` json not null, `role` text not null, `created_by_id` integer not null, `created_at` datetime not null, `revoked_at` datetime null, `last_used_at` datetime null, constraint `api_key_created_by_id_foreign` foreign key(`created_by_id`) references `app_user`(`id`) on update cascade);');
    this.addSql('create unique index `api_key_prefix_unique` on `api_key` (`prefix`);');
    this.addSql('create index `api_key_created_by_id_index` on `api_key` (`created_by_id`);');
    this.addSql('alter table `audit_event` add column `seq` integer null;');
    this.addSql('alter table `audit_event` add column `prev_hash` text null;');
    this.addSql('alter table `audit_event` add column `hash` text null;');
    // Serves both "the chain's head" (max seq) and "what is still unsealed" (seq is null).
    this.addSql('create unique index `audit_event_seq_unique` on `audit_event` (`seq`);');
  }
}
